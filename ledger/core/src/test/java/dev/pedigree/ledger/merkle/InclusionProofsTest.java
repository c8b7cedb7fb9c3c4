package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Hex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InclusionProofsTest {
  private static final List<byte[]> LEAVES = TestData.ctLeafHashes(8);
  private static final byte[] ROOT = Merkle.root(LEAVES);

  private static List<byte[]> proofOf5() {
    return Rfc6962Reference.path(5, LEAVES);
  }

  @Test
  void verify_everyLeafOfCtTree_passes() {
    for (int i = 0; i < 8; i++) {
      int index = i;
      List<byte[]> proof = Rfc6962Reference.path(index, LEAVES);
      assertDoesNotThrow(
          () -> InclusionProofs.verify(index, 8, LEAVES.get(index), proof, ROOT));
    }
  }

  @Test
  void rootFromInclusionProof_returnsRoot() throws Exception {
    assertArrayEquals(
        ROOT, InclusionProofs.rootFromInclusionProof(5, 8, LEAVES.get(5), proofOf5()));
  }

  @Test
  void verify_wrongRoot_reportsBothRoots() {
    byte[] other = Merkle.root(LEAVES.subList(0, 7));
    MerkleVerificationException e =
        assertThrows(
            MerkleVerificationException.class,
            () -> InclusionProofs.verify(5, 8, LEAVES.get(5), proofOf5(), other));
    assertEquals(
        "inclusion of index 5 in tree of size 8: computed root " + Hex.encode(ROOT) + ", want "
            + Hex.encode(other),
        e.getMessage());
  }

  @Test
  void verify_wrongLeaf_fails() {
    assertThrows(
        MerkleVerificationException.class,
        () -> InclusionProofs.verify(5, 8, LEAVES.get(4), proofOf5(), ROOT));
  }

  @ParameterizedTest
  @CsvSource({
    "8, 8, index 8 is not below tree size 8",
    "18446744073709551615, 8, index 18446744073709551615 is not below tree size 8",
    "0, 0, index 0 is not below tree size 0",
    // Unsigned sizes: 2^63 is a valid index in a tree of 2^64 − 1 leaves, 63 inner hashes + 1.
    "9223372036854775808, 18446744073709551615, 'proof has 0 hashes, want 64'",
    "0, 18446744073709551615, 'proof has 0 hashes, want 64'",
  })
  void rootFromInclusionProof_badShape_refused(String index, String size, String message) {
    MerkleVerificationException e =
        assertThrows(
            MerkleVerificationException.class,
            () ->
                InclusionProofs.rootFromInclusionProof(
                    Long.parseUnsignedLong(index),
                    Long.parseUnsignedLong(size),
                    LEAVES.get(0),
                    List.of()));
    assertEquals(message, e.getMessage());
  }

  @Test
  void verify_proofTooShort_refused() {
    List<byte[]> proof = new ArrayList<>(proofOf5());
    proof.remove(2);
    assertShape("proof has 2 hashes, want 3", 5, LEAVES.get(5), proof, ROOT);
  }

  @Test
  void verify_proofTooLong_refused() {
    List<byte[]> proof = new ArrayList<>(proofOf5());
    proof.add(ROOT);
    assertShape("proof has 4 hashes, want 3", 5, LEAVES.get(5), proof, ROOT);
  }

  @Test
  void verify_shortProofHash_refused() {
    List<byte[]> proof = new ArrayList<>(proofOf5());
    proof.set(1, new byte[31]);
    assertShape("proof hash 1 has 31 bytes, want 32", 5, LEAVES.get(5), proof, ROOT);
  }

  @Test
  void verify_shortLeafHash_refused() {
    assertShape("leaf hash has 9 bytes, want 32", 5, new byte[9], proofOf5(), ROOT);
  }

  @Test
  void verify_emptyRoot_refused() {
    assertShape("root has 0 bytes, want 32", 5, LEAVES.get(5), proofOf5(), new byte[0]);
  }

  private static void assertShape(
      String message, long index, byte[] leafHash, List<byte[]> proof, byte[] root) {
    MerkleVerificationException e =
        assertThrows(
            MerkleVerificationException.class,
            () -> InclusionProofs.verify(index, 8, leafHash, proof, root));
    assertEquals(message, e.getMessage());
  }
}
