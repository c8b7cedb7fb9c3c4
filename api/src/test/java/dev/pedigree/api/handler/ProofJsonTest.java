package dev.pedigree.api.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProofJsonTest {

  /** What the handlers wrote before: the configured mapper over a map of the same members. */
  private static String mapper(String a, long va, String b, long vb, List<Bytes> hashes)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(a, va);
    body.put(b, vb);
    body.put("hashes", hashes.stream().map(Bytes::hex).toList());
    return new String(Json.mapper().writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
      "index, 0, treeSize, 1, 0",
      "index, 0, treeSize, 2, 1",
      "index, 5, treeSize, 1000, 10",
      "from, 1, to, 9223372036854775807, 62",
      "from, 7, to, 7, 0",
      "index, -1, treeSize, -9223372036854775808, 3"})
  void of_sameBytesAsTheMapper(String a, long va, String b, long vb, int count) throws Exception {
    Random random = new Random(count * 31L + va);
    List<Bytes> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      hash[i % 32] = (byte) (i % 2 == 0 ? 0x00 : 0xff); // both ends of the nibble table
      hashes.add(Bytes.copyOf(hash));
    }
    assertEquals(mapper(a, va, b, vb, hashes),
        new String(ProofJson.of(a, va, b, vb, hashes), StandardCharsets.UTF_8));
  }
}
