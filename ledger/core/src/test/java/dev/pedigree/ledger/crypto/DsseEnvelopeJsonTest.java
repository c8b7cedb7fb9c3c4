package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.EnvelopeException.Reason;
import dev.pedigree.ledger.json.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DsseEnvelopeJsonTest {
  private static final String K1 = "a".repeat(64);
  private static final String K2 = "b".repeat(64);
  /** Canonical base64 of 64 zero bytes, and of 63. */
  private static final String SIG = "A".repeat(86) + "==";
  private static final String SIG63 = "A".repeat(84);

  /** JSON written with single quotes and $K1, $K2, $SIG, $SIG63 placeholders. */
  private static JsonNode json(String text) throws Exception {
    String expanded =
        text.replace('\'', '"')
            .replace("$K1", K1)
            .replace("$K2", K2)
            .replace("$SIG63", SIG63)
            .replace("$SIG", SIG);
    return Json.mapper().readTree(expanded);
  }

  private static String envelope(String signatures) {
    return "{'payload': 'e30=', 'payloadType': 't', 'signatures': " + signatures + "}";
  }

  static Stream<Arguments> malformed() {
    String one = "[{'keyid': '$K1', 'sig': '$SIG'}]";
    return Stream.of(
        Arguments.of("[]", Reason.MALFORMED, "", "envelope is not a JSON object"),
        Arguments.of("{'payloadType': 't', 'signatures': " + one + "}",
            Reason.MALFORMED, "/payload", "payload is missing or not a string"),
        Arguments.of("{'payload': 5, 'payloadType': 't', 'signatures': " + one + "}",
            Reason.MALFORMED, "/payload", "payload is missing or not a string"),
        Arguments.of("{'payload': 'Zg', 'payloadType': 't', 'signatures': " + one + "}",
            Reason.BAD_BASE64, "/payload", "payload: base64 of 2 characters is not padded"),
        Arguments.of("{'payload': 'e30=', 'payloadType': null, 'signatures': " + one + "}",
            Reason.MALFORMED, "/payloadType", "payloadType is missing or not a string"),
        Arguments.of("{'payload': 'e30=', 'payloadType': 't'}",
            Reason.MALFORMED, "/signatures", "signatures is missing or not an array"),
        Arguments.of(envelope("{}"),
            Reason.MALFORMED, "/signatures", "signatures is missing or not an array"),
        Arguments.of(envelope("[]"),
            Reason.MALFORMED, "/signatures", "got 0 signatures, want 1 to 16"),
        Arguments.of(envelope("['x']"),
            Reason.MALFORMED, "/signatures/0", "signature is not a JSON object"),
        Arguments.of(envelope("[{'sig': '$SIG'}]"),
            Reason.MALFORMED, "/signatures/0/keyid", "keyid is missing or not a string"),
        Arguments.of(envelope("[{'keyid': '" + K1.toUpperCase() + "', 'sig': '$SIG'}]"),
            Reason.MALFORMED, "/signatures/0/keyid",
            "keyid is not 64 lowercase hex digits: got 64 characters"),
        Arguments.of(envelope("[{'keyid': '" + K1.substring(1) + "', 'sig': '$SIG'}]"),
            Reason.MALFORMED, "/signatures/0/keyid",
            "keyid is not 64 lowercase hex digits: got 63 characters"),
        Arguments.of(envelope("[{'keyid': '$K1'}]"),
            Reason.MALFORMED, "/signatures/0/sig", "sig is missing or not a string"),
        Arguments.of(envelope("[{'keyid': '$K1', 'sig': '" + "A".repeat(85) + "B=='}]"),
            Reason.BAD_BASE64, "/signatures/0/sig",
            "sig: base64 is not canonical (non-zero trailing bits)"),
        Arguments.of(
            envelope("[{'keyid': '$K1', 'sig': '$SIG'}, {'keyid': '$K2', 'sig': '$SIG63'}]"),
            Reason.BAD_SIGNATURE, "/signatures/1/sig", "signature of 63 bytes, want 64"),
        Arguments.of(
            envelope("[{'keyid': '$K1', 'sig': '$SIG'}, {'keyid': '$K1', 'sig': '$SIG'}]"),
            Reason.DUPLICATE_KEYID, "/signatures/1/keyid", "keyid " + K1 + " signs twice"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void fromJson_malformed_refusedWithPointer(
      String text, Reason reason, String field, String message) throws Exception {
    JsonNode json = json(text);
    EnvelopeException e = assertThrows(EnvelopeException.class, () -> DsseEnvelope.fromJson(json));
    assertEquals(reason, e.reason());
    assertEquals(field, e.field());
    assertEquals(message, e.getMessage());
  }

  @Test
  void fromJson_tooManySignatures_refused() throws Exception {
    ObjectNode json = (ObjectNode) json(envelope("[]"));
    ArrayNode signatures = json.putArray("signatures");
    for (int i = 0; i <= DsseEnvelope.MAX_SIGNATURES; i++) {
      signatures.addObject().put("keyid", String.format("%064x", i)).put("sig", SIG);
    }
    EnvelopeException e = assertThrows(EnvelopeException.class, () -> DsseEnvelope.fromJson(json));
    assertEquals("/signatures", e.field());
    assertEquals("got 17 signatures, want 1 to 16", e.getMessage());
  }

  @Test
  void fromJson_unknownMembersAndOrder_normalised() throws Exception {
    JsonNode submitted =
        json("{'payload': 'e30=', 'payloadType': 't', 'extra': 1, 'signatures': ["
            + "{'keyid': '$K2', 'sig': '$SIG', 'note': 'x'}, {'keyid': '$K1', 'sig': '$SIG'}]}");
    JsonNode want =
        json("{'payload': 'e30=', 'payloadType': 't', 'signatures': ["
            + "{'keyid': '$K1', 'sig': '$SIG'}, {'keyid': '$K2', 'sig': '$SIG'}]}");
    assertEquals(want, DsseEnvelope.fromJson(submitted).toJson());
  }
}
