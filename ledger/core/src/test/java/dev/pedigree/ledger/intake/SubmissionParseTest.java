package dev.pedigree.ledger.intake;

import static dev.pedigree.ledger.intake.Rejection.BAD_BASE64;
import static dev.pedigree.ledger.intake.Rejection.BAD_PAYLOAD_TYPE;
import static dev.pedigree.ledger.intake.Rejection.BAD_SIGNATURE;
import static dev.pedigree.ledger.intake.Rejection.INVALID_STATEMENT;
import static dev.pedigree.ledger.intake.Rejection.KEY_NOT_BOUND;
import static dev.pedigree.ledger.intake.Rejection.MALFORMED_JSON;
import static dev.pedigree.ledger.intake.Rejection.NON_CANONICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.Golden;
import dev.pedigree.ledger.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every stateless refusal of a submission (DESIGN A1, A3, A4), with its rejection and field. */
class SubmissionParseTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final String PARENT = "ab".repeat(32);
  private static final String INTOTO = "application/vnd.in-toto+json";

  private static RejectedException refused(byte[] body) {
    return assertThrows(RejectedException.class, () -> Submission.parse(body));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode envelope(byte[] body) throws Exception {
    return (ObjectNode) Json.mapper().readTree(body);
  }

  @Test
  void parse_membersInAnyOrderUnknownDropped_storesGoldenLeaf() throws Exception {
    Golden.Entry golden = Golden.entries().get(3); // signed by two keys
    ObjectNode in = envelope(golden.envelope().toByteArray());
    ArrayNode reversed = Json.mapper().createArrayNode();
    in.withArray("signatures").forEach(s -> reversed.insert(0, s));
    String body = "{ \"signatures\": " + reversed + ", \"extra\": true,\n \"payloadType\": "
        + in.get("payloadType") + ", \"payload\": " + in.get("payload") + " }";

    Submission submission = Submission.parse(utf8(body));

    assertEquals(golden.id(), submission.id());
    byte[] leaf = Records.leafFor(submission, 3,
        IntegratedTime.parse("2026-11-29T12:00:03.000Z"),
        Bytes.fromHex(Golden.entries().get(2).leafHash()));
    assertEquals(golden.leaf(), Bytes.copyOf(leaf));
  }

  @Test
  void parse_notJson_malformedJson() {
    RejectedException e = refused(utf8("{\"payload\": "));

    assertEquals(MALFORMED_JSON, e.rejection());
    assertTrue(e.getMessage().startsWith("envelope: "), e.getMessage());
  }

  @Test
  void parse_signaturesMissing_malformedJson() {
    RejectedException e = refused(utf8("{\"payload\": \"\", \"payloadType\": \"x\"}"));

    assertEquals(MALFORMED_JSON, e.rejection());
    assertEquals("/signatures", e.field());
  }

  @Test
  void parse_otherPayloadType_badPayloadType() {
    byte[] body = Envelopes.signRaw("application/json", Envelopes.payload(release()), A);

    RejectedException e = refused(body);

    assertEquals(BAD_PAYLOAD_TYPE, e.rejection());
    assertEquals("/payloadType", e.field());
    assertEquals(
        "got payloadType \"application/json\", want \"application/vnd.in-toto+json\"",
        e.getMessage());
  }

  @Test
  void parse_nonCanonicalPayload_nonCanonical() throws Exception {
    byte[] pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
        release().toJson());

    RejectedException e = refused(Envelopes.signRaw(INTOTO, pretty, A));

    assertEquals(NON_CANONICAL, e.rejection());
    assertTrue(e.getMessage().startsWith("payload: not in RFC 8785 canonical form"),
        e.getMessage());
  }

  @Test
  void parse_payloadNotJson_malformedJson() {
    RejectedException e = refused(Envelopes.signRaw(INTOTO, utf8("{\"_type\":"), A));

    assertEquals(MALFORMED_JSON, e.rejection());
    assertTrue(e.getMessage().startsWith("payload: "), e.getMessage());
  }

  @Test
  void parse_payloadBase64WithTrailingBits_badBase64() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(release(), A));
    envelope.put("payload", "eyJ=");

    RejectedException e = refused(Json.mapper().writeValueAsBytes(envelope));

    assertEquals(BAD_BASE64, e.rejection());
    assertEquals("/payload", e.field());
  }

  @Test
  void parse_sigBase64UrlSafe_badBase64() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(release(), A));
    ObjectNode signature = (ObjectNode) envelope.withArray("signatures").get(0);
    byte[] sig = Base64.getDecoder().decode(signature.get("sig").textValue());
    sig[0] = (byte) 0xfb; // encodes to '+' or '/' first, which URL-safe base64 writes as '-', '_'
    signature.put("sig", Base64.getUrlEncoder().encodeToString(sig));

    RejectedException e = refused(Json.mapper().writeValueAsBytes(envelope));

    assertEquals(BAD_BASE64, e.rejection());
    assertEquals("/signatures/0/sig", e.field());
  }

  @Test
  void parse_signatureOf63Bytes_badSignature() throws Exception {
    // DESIGN A3: every signature submitted must verify, otherwise 422 bad-signature.
    ObjectNode envelope = envelope(Envelopes.sign(release(), A));
    ObjectNode signature = (ObjectNode) envelope.withArray("signatures").get(0);
    byte[] sig = Base64.getDecoder().decode(signature.get("sig").textValue());
    signature.put("sig", Base64.getEncoder().encodeToString(Arrays.copyOf(sig, 63)));

    RejectedException e = refused(Json.mapper().writeValueAsBytes(envelope));

    assertEquals(BAD_SIGNATURE, e.rejection());
    assertEquals("/signatures/0/sig", e.field());
    assertEquals("envelope: signature of 63 bytes, want 64", e.getMessage());
  }

  @Test
  void parse_repeatedKeyid_invalidStatement() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(release(), A));
    ArrayNode signatures = envelope.withArray("signatures");
    signatures.add(signatures.get(0).deepCopy());

    RejectedException e = refused(Json.mapper().writeValueAsBytes(envelope));

    assertEquals(INVALID_STATEMENT, e.rejection());
    assertEquals("/signatures/1/keyid", e.field());
  }

  @Test
  void parse_mergeOfOneParent_invalidStatement() throws Exception {
    ObjectNode statement =
        Entries.derivation("acme/med", "1.0", Relation.FINETUNE, PARENT).toJson();
    ((ObjectNode) statement.with("predicate").withArray("parents").get(0))
        .put("relation", "merge");

    RejectedException e = refused(Envelopes.signRaw(INTOTO, jcs(statement), A));

    assertEquals(INVALID_STATEMENT, e.rejection());
    assertEquals("/predicate/parents", e.field());
    assertEquals("got a merge of 1 parent, want at least 2", e.getMessage());
  }

  @Test
  void parse_bodyOverLimit_tooLarge() {
    RejectedException e = refused(new byte[Records.MAX_LEAF_BYTES + 1]);

    assertEquals(Rejection.TOO_LARGE, e.rejection());
    assertEquals("body of 65536 bytes, want at most 65535", e.getMessage());
  }

  @Test
  void verifySignatures_unknownKey_keyNotBound() throws Exception {
    Submission submission = Submission.parse(Envelopes.sign(release(), A));

    RejectedException e =
        assertThrows(
            RejectedException.class, () -> submission.verifySignatures(id -> Optional.empty()));

    assertEquals(KEY_NOT_BOUND, e.rejection());
    assertEquals("/signatures/0/keyid", e.field());
  }

  @Test
  void verifySignatures_alteredSignature_badSignature() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(release(), A));
    ObjectNode signature = (ObjectNode) envelope.withArray("signatures").get(0);
    byte[] sig = Base64.getDecoder().decode(signature.get("sig").textValue());
    sig[10] ^= 1;
    signature.put("sig", Base64.getEncoder().encodeToString(sig));
    Submission submission = Submission.parse(Json.mapper().writeValueAsBytes(envelope));

    RejectedException e = assertThrows(RejectedException.class,
        () -> submission.verifySignatures(id -> Optional.of(A.publicKey())));

    assertEquals(BAD_SIGNATURE, e.rejection());
    assertEquals("/signatures/0/sig", e.field());
    assertTrue(e.getMessage().startsWith("signature by keyid " + A.publicKey().keyId()),
        e.getMessage());
  }

  @Test
  void verifySignatures_keyAddedByThisEntry_verifies() throws Exception {
    Submission submission = Submission.parse(Envelopes.sign(Entries.bind("acme", A), A));

    submission.verifySignatures(id -> Optional.empty());

    assertEquals(List.of(A.publicKey().keyId()), submission.signerKeyIds());
  }

  private static Statement release() {
    return Entries.release("acme/base", "1.0");
  }

  private static byte[] jcs(ObjectNode json) throws Exception {
    return Jcs.canonicalize(json);
  }
}
