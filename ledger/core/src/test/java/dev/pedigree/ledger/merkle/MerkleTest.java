package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerkleTest {
  @Test
  void emptyRoot_isSha256OfEmptyString() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Hex.encode(Merkle.emptyRoot()));
    assertArrayEquals(Merkle.emptyRoot(), Merkle.root(List.of()));
  }

  @Test
  void leafHash_emptyLeaf_ctTestValue() {
    // RFC 6962 test tree, leaf 0; also the size-1 root of testdata/rfc6962/consistency/0.
    assertEquals(
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        Hex.encode(Merkle.leafHash(new byte[0])));
  }

  @Test
  void nodeHash_isSha256OfPrefixedChildren() {
    byte[] left = Merkle.leafHash(new byte[] {1});
    byte[] right = Merkle.leafHash(new byte[] {2});
    byte[] input = new byte[65];
    input[0] = 1;
    System.arraycopy(left, 0, input, 1, 32);
    System.arraycopy(right, 0, input, 33, 32);
    assertArrayEquals(
        Sha256.hash(input), Merkle.nodeHash(left, right));
  }

  @Test
  void leafHash_afterRefusedInput_digestStillClean() {
    assertThrows(NullPointerException.class, () -> Merkle.nodeHash(new byte[32], null));
    assertThrows(NullPointerException.class, () -> Merkle.leafHash(null));
    assertEquals(
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        Hex.encode(Merkle.leafHash(new byte[0])));
  }

  /** Every (size, root) of the CT test tree that the vectors' happy paths state. */
  static Stream<Arguments> ctRoots() throws Exception {
    List<Arguments> roots = new ArrayList<>();
    for (Path file : TestData.rfc6962Cases("inclusion")) {
      JsonNode c = TestData.json(file);
      if (file.getFileName().toString().equals("happy-path.json")) {
        roots.add(Arguments.of(c.get("treeSize").asInt(), c.get("root").asText()));
      }
    }
    for (Path file : TestData.rfc6962Cases("consistency")) {
      JsonNode c = TestData.json(file);
      if (file.getFileName().toString().equals("happy-path.json")) {
        roots.add(Arguments.of(c.get("size1").asInt(), c.get("root1").asText()));
        roots.add(Arguments.of(c.get("size2").asInt(), c.get("root2").asText()));
      }
    }
    return roots.stream();
  }

  @ParameterizedTest(name = "size {0}")
  @MethodSource("ctRoots")
  void root_ctTree_matchesVectors(int size, String rootBase64) {
    assertEquals(rootBase64, base64(Merkle.root(TestData.ctLeafHashes(size))));
  }

  @Test
  void root_ctTree_matchesC2spCheckpoint() throws Exception {
    List<String> lines = Files.readAllLines(TestData.dir("c2sp").resolve("checkpoint.txt"));
    assertEquals("8", lines.get(1));
    assertEquals(lines.get(2), base64(Merkle.root(TestData.ctLeafHashes(8))));
  }

  @Test
  void root_manySizes_equalsReference() {
    List<byte[]> leaves = new ArrayList<>();
    for (int n = 0; n <= 300; n++) {
      assertArrayEquals(Rfc6962Reference.mth(leaves), Merkle.root(leaves), "size " + n);
      leaves.add(Merkle.leafHash(new byte[] {(byte) n, (byte) (n >> 8)}));
    }
  }

  @Test
  void root_shortLeafHash_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Merkle.root(List.of(Merkle.leafHash(new byte[0]), new byte[31])));
    assertEquals("leaf hash 1 has 31 bytes, want 32", e.getMessage());
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
