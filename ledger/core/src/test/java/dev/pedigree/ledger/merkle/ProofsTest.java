package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProofsTest {
  private static final int MAX = 300;
  private static final List<byte[]> LEAVES = new ArrayList<>();
  private static final MemoryHashStore STORE = new MemoryHashStore(4);
  private static final List<byte[]> ROOTS = new ArrayList<>();

  @BeforeAll
  static void buildTree() {
    for (int i = 0; i < MAX; i++) {
      ROOTS.add(Rfc6962Reference.mth(LEAVES));
      LEAVES.add(Merkle.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
      STORE.append(LEAVES.get(i));
    }
    ROOTS.add(Rfc6962Reference.mth(LEAVES));
  }

  @Test
  void treeHash_everySize_equalsReference() throws Exception {
    for (int n = 0; n <= MAX; n++) {
      assertArrayEquals(ROOTS.get(n), TreeHashes.treeHash(n, STORE), "size " + n);
    }
  }

  @Test
  void inclusion_everyLeafOfEverySize_verifies() throws Exception {
    for (int n = 1; n <= MAX; n++) {
      for (int i = 0; i < n; i++) {
        List<byte[]> proof = Proofs.inclusion(i, n, STORE);
        InclusionProofs.verify(i, n, LEAVES.get(i), proof, ROOTS.get(n));
      }
    }
  }

  @Test
  void inclusion_sampledLeaves_equalReference() throws Exception {
    Random random = new Random(6962);
    for (int n = 1; n <= MAX; n++) {
      int[] indexes = {0, n - 1, n / 2, random.nextInt(n), random.nextInt(n)};
      for (int i : indexes) {
        assertProofsEqual(
            Rfc6962Reference.path(i, LEAVES.subList(0, n)), Proofs.inclusion(i, n, STORE));
      }
    }
  }

  @Test
  void consistency_allPairsUpTo64_equalReferenceAndVerify() throws Exception {
    for (int n = 1; n <= 64; n++) {
      for (int m = 1; m <= n; m++) {
        assertConsistency(m, n);
      }
    }
  }

  @Test
  void consistency_randomPairs_equalReferenceAndVerify() throws Exception {
    Random random = new Random(9162);
    for (int trial = 0; trial < 600; trial++) {
      int n = 1 + random.nextInt(MAX);
      int m = 1 + random.nextInt(n);
      assertConsistency(m, n);
    }
  }

  @ParameterizedTest
  @CsvSource({"6, 8, consistency-6-8.txt", "3, 7, consistency-3-7.txt"})
  void consistency_ctTree_equalsC2spKnownAnswer(int m, int n, String file) throws Exception {
    MemoryHashStore ct = ctStore();
    assertProofsEqual(
        TestData.hexLines(TestData.dir("c2sp").resolve(file)), Proofs.consistency(m, n, ct));
  }

  static Stream<Arguments> happyPaths() {
    return Stream.concat(
            TestData.rfc6962Cases("inclusion").stream(),
            TestData.rfc6962Cases("consistency").stream())
        .filter(p -> p.getFileName().toString().equals("happy-path.json"))
        .map(p -> Arguments.of(TestData.caseName(p), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("happyPaths")
  void proofs_ctTree_equalVectorHappyPaths(String name, Path file) throws Exception {
    JsonNode c = TestData.json(file);
    List<byte[]> want = TestData.base64List(c.get("proof"));
    MemoryHashStore ct = ctStore();
    List<byte[]> got =
        c.has("leafIdx")
            ? Proofs.inclusion(c.get("leafIdx").asLong(), c.get("treeSize").asLong(), ct)
            : Proofs.consistency(c.get("size1").asLong(), c.get("size2").asLong(), ct);
    assertProofsEqual(want, got);
  }

  @ParameterizedTest
  @CsvSource({"-1, 5", "5, 5", "0, 0"})
  void inclusion_badInputs_refused(long index, long size) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proofs.inclusion(index, size, STORE));
    assertEquals(
        "no inclusion proof of index " + index + " in tree of size " + size, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "0, 0", "6, 5"})
  void consistency_badInputs_refused(long m, long n) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Proofs.consistency(m, n, STORE));
    assertEquals("no consistency proof from size " + m + " to size " + n, e.getMessage());
  }

  @Test
  void inclusion_readerShortOfHashes_refused() {
    HashReader lossy = indexes -> List.of();
    HashReadException e =
        assertThrows(HashReadException.class, () -> Proofs.inclusion(5, 8, lossy));
    assertEquals("read 0 hashes for 3 indexes", e.getMessage());
  }

  @Test
  void treeHash_readerGivesShortHash_refused() {
    HashReader broken = indexes -> List.of(new byte[31], new byte[32]);
    HashReadException e =
        assertThrows(HashReadException.class, () -> TreeHashes.treeHash(3, broken));
    assertEquals("stored hash 2 has 31 bytes, want 32", e.getMessage());
  }

  private static void assertConsistency(int m, int n) throws Exception {
    List<byte[]> proof = Proofs.consistency(m, n, STORE);
    assertProofsEqual(Rfc6962Reference.proof(m, LEAVES.subList(0, n)), proof);
    ConsistencyProofs.verify(m, n, ROOTS.get(m), ROOTS.get(n), proof);
  }

  private static MemoryHashStore ctStore() {
    MemoryHashStore ct = new MemoryHashStore();
    TestData.ctLeafHashes(8).forEach(ct::append);
    return ct;
  }

  private static void assertProofsEqual(List<byte[]> want, List<byte[]> got) {
    assertEquals(want.size(), got.size(), "proof length");
    for (int i = 0; i < want.size(); i++) {
      assertArrayEquals(want.get(i), got.get(i), "proof hash " + i);
    }
  }
}
