package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Hex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistencyProofsTest {
  private static final List<byte[]> LEAVES = TestData.ctLeafHashes(8);

  private static byte[] root(int size) {
    return Merkle.root(LEAVES.subList(0, size));
  }

  @Test
  void verify_everyPairOfCtTree_passes() {
    for (int m = 1; m <= 8; m++) {
      for (int n = m; n <= 8; n++) {
        int size1 = m;
        int size2 = n;
        List<byte[]> proof = Rfc6962Reference.proof(m, LEAVES.subList(0, n));
        assertDoesNotThrow(
            () -> ConsistencyProofs.verify(size1, size2, root(size1), root(size2), proof),
            m + " -> " + n);
      }
    }
  }

  @Test
  void verify_fromSizeZero_refused() {
    assertMessage(
        "consistency proof from size 0 is refused", 0, 8, Merkle.emptyRoot(), root(8), List.of());
    assertMessage(
        "consistency proof from size 0 is refused",
        0, 0, Merkle.emptyRoot(), Merkle.emptyRoot(), List.of());
  }

  @Test
  void verify_shrinkingTree_refused() {
    assertMessage("size2 3 is below size1 7", 7, 3, root(7), root(3), List.of());
  }

  @Test
  void verify_equalSizesDifferentRoots_refused() {
    assertMessage(
        "trees of equal size 5 have different roots " + Hex.encode(root(5)) + " and "
            + Hex.encode(root(4)),
        5, 5, root(5), root(4), List.of());
  }

  @Test
  void verify_equalSizesWithProof_refused() {
    assertMessage("proof has 1 hashes, want 0", 5, 5, root(5), root(5), List.of(root(1)));
  }

  @Test
  void verify_wrongOldRoot_reportsBothRoots() {
    List<byte[]> proof = Rfc6962Reference.proof(6, LEAVES);
    assertMessage(
        "consistency from size 6 to 8, old tree: computed root " + Hex.encode(root(6))
            + ", want " + Hex.encode(root(5)),
        6, 8, root(5), root(8), proof);
  }

  @Test
  void verify_wrongNewRoot_reportsBothRoots() {
    List<byte[]> proof = Rfc6962Reference.proof(6, LEAVES);
    assertMessage(
        "consistency from size 6 to 8, new tree: computed root " + Hex.encode(root(8))
            + ", want " + Hex.encode(root(7)),
        6, 8, root(6), root(7), proof);
  }

  @Test
  void verify_truncatedProof_refused() {
    List<byte[]> proof = new ArrayList<>(Rfc6962Reference.proof(6, LEAVES));
    proof.remove(0);
    assertMessage("proof has 2 hashes, want 3", 6, 8, root(6), root(8), proof);
  }

  @Test
  void verify_shortRoot2_refused() {
    assertMessage(
        "root2 has 9 bytes, want 32", 6, 8, root(6), new byte[9],
        Rfc6962Reference.proof(6, LEAVES));
  }

  @Test
  void verify_shortProofHash_refused() {
    List<byte[]> proof = new ArrayList<>(Rfc6962Reference.proof(6, LEAVES));
    proof.set(2, new byte[0]);
    assertMessage("proof hash 2 has 0 bytes, want 32", 6, 8, root(6), root(8), proof);
  }

  @ParameterizedTest
  @CsvSource({
    // Unsigned sizes: from the perfect tree of 2^63 leaves to 2^64 − 1, one hash.
    "9223372036854775808, 18446744073709551615, 'proof has 0 hashes, want 1'",
    "18446744073709551615, 1, size2 1 is below size1 18446744073709551615",
    "1, 18446744073709551615, 'proof has 0 hashes, want 64'",
  })
  void verify_unsignedSizes_shapeChecked(String size1, String size2, String message) {
    assertMessage(
        message, Long.parseUnsignedLong(size1), Long.parseUnsignedLong(size2), root(1), root(2),
        List.of());
  }

  private static void assertMessage(
      String message, long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    MerkleVerificationException e =
        assertThrows(
            MerkleVerificationException.class,
            () -> ConsistencyProofs.verify(size1, size2, root1, root2, proof));
    assertEquals(message, e.getMessage());
  }
}
