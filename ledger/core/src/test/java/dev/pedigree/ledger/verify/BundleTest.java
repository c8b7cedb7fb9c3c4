package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleTest {
  @Test
  void parse_goldenBundle_itemsInIndexOrder() throws Exception {
    Bundle bundle = Golden.bundleOfEntry2();
    assertEquals(2, bundle.entry().index());
    assertEquals(
        java.util.List.of(0L, 3L, 8L), bundle.keys().stream().map(BundleItem::index).toList());
    assertEquals(7, bundle.revocations().get(0).index());
  }

  @Test
  void format_roundTrip_sameBundleAndSameParsedJson() throws Exception {
    Bundle bundle = Golden.bundleOfEntry2();
    String text = bundle.format();
    assertEquals(bundle, Bundle.parse(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Json.mapper().readTree(Golden.bytes("bundle-02-derivation.json")),
        Json.mapper().readTree(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/extra|1|/extra: unknown member",
        "/mediaType|\"application/json\"|/mediaType: got \"application/json\", want"
            + " \"application/vnd.pedigree.bundle.v1+json\"",
        "/keys|{}|/keys: not an array",
        "/entry/leaf|\"eyJ=\"|/entry/leaf: base64 is not canonical (non-zero trailing bits)",
        "/entry/proof|\"c2sp.org/tlog-proof@v1\\n"
            + "index 2\\n"
            + "\"|/entry/proof: tlog-proof has no empty line before the checkpoint",
      })
  void parse_tampered_refusedWithPointer(String pointer, String value, String message)
      throws Exception {
    ObjectNode root =
        (ObjectNode) Json.mapper().readTree(Golden.bytes("bundle-02-derivation.json"));
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String member = pointer.substring(pointer.lastIndexOf('/') + 1);
    ObjectNode target = parent.isEmpty() ? root : (ObjectNode) root.at(parent);
    target.set(member, Json.mapper().readTree(value));
    BundleFormatException e =
        assertThrows(
            BundleFormatException.class, () -> Bundle.parse(Json.mapper().writeValueAsBytes(root)));
    assertEquals(pointer, e.field());
    assertEquals(message, e.getMessage());
  }

  @Test
  void parse_missingRevocations_refused() throws Exception {
    ObjectNode root =
        (ObjectNode) Json.mapper().readTree(Golden.bytes("bundle-02-derivation.json"));
    root.remove("revocations");
    BundleFormatException e =
        assertThrows(
            BundleFormatException.class, () -> Bundle.parse(Json.mapper().writeValueAsBytes(root)));
    assertEquals("/revocations: missing", e.getMessage());
  }

  @Test
  void parse_tooLarge_refusedBeforeParsing() {
    BundleFormatException e =
        assertThrows(
            BundleFormatException.class, () -> Bundle.parse(new byte[Bundle.MAX_BYTES + 1]));
    assertEquals("bundle: got 16777217 bytes, want at most 16777216", e.getMessage());
  }

  @Test
  void parse_notJson_refused() {
    assertThrows(
        BundleFormatException.class,
        () -> Bundle.parse("{\"mediaType\":".getBytes(StandardCharsets.UTF_8)));
  }
}
