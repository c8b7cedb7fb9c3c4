package dev.pedigree.ledger.lineage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.lineage.BundleJson.Proved;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bundles written from pre-escaped parts are the JSON text Jackson writes for the same tree,
 * compact or pretty, byte for byte, and hold each leaf in base64 and each proof as {@link
 * TlogProof#format()} writes it.
 */
class BundleJsonTest {
  private static final String CHECKPOINT = "example.com/log\n9\nK2JvbmQ=\n\n"
      + "\u2014 example.com/log AAAA+\"quoted\" back\\slash \u0001 \u00e9 \ud83d\ude00\n";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void write_preEscapedParts_asJacksonWritesTheTree(boolean pretty) throws Exception {
    List<Bytes> leaves = new ArrayList<>();
    List<List<byte[]>> paths = new ArrayList<>();
    List<Proved> items = new ArrayList<>();
    Bytes checkpoint = BundleJson.escape(CHECKPOINT);
    for (int i = 0; i < 4; i++) {
      leaves.add(Bytes.copyOf(("{\"leaf\":\"" + "x".repeat(i) + "\"}").getBytes(
          StandardCharsets.UTF_8)));
      List<byte[]> path = new ArrayList<>();
      for (int h = 0; h < 3 * i; h++) {
        path.add(Sha256.hash(new byte[] {(byte) i, (byte) h}));
      }
      paths.add(path);
      items.add(BundleJson.proved(leaves.get(i), 1000L * i, path, checkpoint));
    }
    byte[] text = BundleJson.write(items.get(3), items.subList(0, 2), items.subList(2, 3), pretty);

    JsonNode bundle = Json.mapper().readTree(text);
    assertArrayEquals(asJacksonWrites(bundle, pretty), text);
    assertEquals(Bundles.MEDIA_TYPE, bundle.get("mediaType").textValue());
    assertItem(bundle.get("entry"), leaves.get(3), 3000, paths.get(3));
    assertItem(bundle.get("keys").get(0), leaves.get(0), 0, paths.get(0));
    assertItem(bundle.get("keys").get(1), leaves.get(1), 1000, paths.get(1));
    assertItem(bundle.get("revocations").get(0), leaves.get(2), 2000, paths.get(2));
    assertEquals(2, bundle.get("keys").size());
    assertEquals(1, bundle.get("revocations").size());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void write_noKeysNorRevocations_asJacksonWritesTheTree(boolean pretty) throws Exception {
    Proved entry = BundleJson.proved(Bytes.copyOf(new byte[] {'{', '}'}), 0, List.of(),
        BundleJson.escape(CHECKPOINT));
    byte[] text = BundleJson.write(entry, List.of(), List.of(), pretty);

    JsonNode bundle = Json.mapper().readTree(text);
    assertArrayEquals(asJacksonWrites(bundle, pretty), text);
    assertEquals(0, bundle.get("keys").size());
    assertEquals(0, bundle.get("revocations").size());
  }

  /**
   * Through a String, as bundles were written before: Jackson's UTF-8 generator would escape the
   * surrogate pair that the String's encoding writes as one 4-byte sequence.
   */
  private static byte[] asJacksonWrites(JsonNode bundle, boolean pretty) throws Exception {
    String text = pretty
        ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(bundle)
        : Json.mapper().writeValueAsString(bundle);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertItem(JsonNode item, Bytes leaf, long index, List<byte[]> path) {
    assertEquals(Base64.getEncoder().encodeToString(leaf.toByteArray()),
        item.get("leaf").textValue());
    TlogProof proof = new TlogProof(index, path.stream().map(Bytes::copyOf).toList(), CHECKPOINT);
    assertEquals(proof.format(), item.get("proof").textValue());
  }
}
