package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.Json;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN A3: a leaf is exactly {envelope, index, integratedTime, prev}, its envelope exactly
 * {payload, payloadType, signatures}, each signature exactly {keyid, sig}, sorted by keyid. Golden
 * leaf 3 (signed by two keys) changed once and re-canonicalised is refused.
 */
class ChainRecordTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void parse_goldenLeafNotNormalised_refused(Consumer<ObjectNode> change, String message)
      throws Exception {
    byte[] golden = ChainVerifierTest.goldenLeaves().get(3);
    ObjectNode record = (ObjectNode) Json.mapper().readTree(golden);
    change.accept(record);
    byte[] leaf = Jcs.canonicalize(record);

    ChainException e = assertThrows(ChainException.class, () -> ChainRecord.parse(3, leaf));

    assertEquals("record 3: " + message, e.getMessage());
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        c("signatures not sorted by keyid", r -> {
          ArrayNode signatures = (ArrayNode) r.get("envelope").get("signatures");
          signatures.add(signatures.remove(0));
        }, "envelope is not in normalised form"),
        c("extra envelope member", r -> envelope(r).put("note", "x"),
            "envelope is not in normalised form"),
        c("extra signature member", r -> ((ObjectNode) envelope(r).get("signatures").get(0))
            .put("cert", "x"), "envelope is not in normalised form"),
        c("extra record member", r -> r.put("x", 1), "unknown member \"x\" in record"),
        c("no prev", r -> r.remove("prev"), "record has no \"prev\""),
        c("integratedTime without fraction digits",
            r -> r.put("integratedTime", "2026-11-29T12:00:03Z"),
            "integratedTime of 20 characters, want 24 (YYYY-MM-DDTHH:MM:SS.sssZ)"));
  }

  private static ObjectNode envelope(ObjectNode record) {
    return (ObjectNode) record.get("envelope");
  }

  private static Arguments c(String what, Consumer<ObjectNode> change, String message) {
    return Arguments.of(Named.of(what, change), message);
  }
}
