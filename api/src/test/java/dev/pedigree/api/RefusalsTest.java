package dev.pedigree.api;

import static dev.pedigree.api.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.statement.Claim;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal of {@code POST /v1/entries} with real signed envelopes: the DESIGN A8 slug, the
 * field at fault, and nothing stored touched (checked after each test).
 */
@ExtendWith(VertxExtension.class)
class RefusalsTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme A");
  private static final Ed25519PrivateKey B = TestKeys.of("acme B");
  private static final Ed25519PrivateKey STRANGER = TestKeys.of("stranger");
  private static TestServer server;
  private static String binding;
  private static String release;
  private static byte[] leaf0;
  private static long size;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path dir) throws Exception {
    server = TestServer.start(vertx, dir);
    binding = created(Envelopes.sign(Entries.bind("acme", A), A));
    release = created(Envelopes.sign(Entries.release("acme/Model_X", "1.0"), A));
    leaf0 = server.get("/v1/log/leaves/0").body().getBytes();
    size = 2;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @AfterEach
  void nothingStoredTouched() throws Exception {
    String checkpoint = server.get("/v1/log/checkpoint").bodyAsString();
    assertEquals(Long.toString(size), checkpoint.split("\n")[1], checkpoint);
    assertArrayEquals(leaf0, server.get("/v1/log/leaves/0").body().getBytes());
  }

  private static String created(byte[] envelope) throws Exception {
    HttpResponse<Buffer> response = server.post("/v1/entries", envelope);
    assertEquals(201, response.statusCode(), response.bodyAsString());
    return response.bodyAsJsonObject().getString("id");
  }

  private static JsonObject refused(byte[] body, int status, String slug) throws Exception {
    return problem(server.post("/v1/entries", body), status, slug);
  }

  private static byte[] bytes(ObjectNode json) throws Exception {
    return Json.mapper().writeValueAsBytes(json);
  }

  private static ObjectNode envelope(byte[] body) throws Exception {
    return (ObjectNode) Json.mapper().readTree(body);
  }

  @Test
  void malformedJson() throws Exception {
    JsonObject body = refused("{\"payload\": ".getBytes(StandardCharsets.UTF_8), 400,
        "malformed-json");
    assertTrue(body.getString("detail").startsWith("the request body is not JSON"),
        body.getString("detail"));
  }

  @Test
  void nonCanonicalPayload() throws Exception {
    byte[] payload = Envelopes.payload(Entries.release("acme/other", "1.0"));
    // The same statement with a space after the first brace: valid JSON, not its JCS form.
    String spaced = "{ " + new String(payload, StandardCharsets.UTF_8).substring(1);
    byte[] body = Envelopes.signRaw(Dsse.IN_TOTO_PAYLOAD_TYPE,
        spaced.getBytes(StandardCharsets.UTF_8), A);
    refused(body, 400, "non-canonical");
  }

  @Test
  void wrongPayloadType() throws Exception {
    byte[] body = Envelopes.signRaw("application/json",
        Envelopes.payload(Entries.release("acme/other", "1.0")), A);
    JsonObject problem = refused(body, 400, "bad-payload-type");
    assertEquals("/payloadType", problem.getString("field"));
  }

  @Test
  void badBase64() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(Entries.release("acme/other", "1.0"), A));
    String payload = envelope.get("payload").textValue();
    // Without its padding the text is not canonical base64 (DESIGN A1).
    envelope.put("payload", payload.replace("=", ""));
    assertTrue(payload.endsWith("="), "the fixture's payload is padded");
    refused(bytes(envelope), 400, "bad-base64");
  }

  @Test
  void badSignature() throws Exception {
    ObjectNode envelope = envelope(Envelopes.sign(Entries.release("acme/other", "1.0"), A));
    ObjectNode signature = (ObjectNode) envelope.get("signatures").get(0);
    // A valid signature by A over another statement: well-formed, but not over this payload.
    String other = envelope(Envelopes.sign(Entries.release("acme/third", "1.0"), A))
        .get("signatures").get(0).get("sig").textValue();
    signature.put("sig", other);
    JsonObject problem = refused(bytes(envelope), 422, "bad-signature");
    assertEquals("/signatures/0/sig", problem.getString("field"));
  }

  @Test
  void keyNotBound() throws Exception {
    JsonObject problem = refused(Envelopes.sign(Entries.release("acme/other", "1.0"), STRANGER),
        403, "key-not-bound");
    assertEquals("/signatures/0/keyid", problem.getString("field"));
  }

  @Test
  void stalePrevious_keyStateConflict() throws Exception {
    // previous must name acme's latest key entry (the binding); the release is not one.
    byte[] body = Envelopes.sign(Entries.addKeys("acme", release, B), A, B);
    JsonObject problem = refused(body, 409, "key-state-conflict");
    assertEquals("/predicate/previous", problem.getString("field"));
  }

  @Test
  void secondBindingWithoutPrevious_keyStateConflict() throws Exception {
    refused(Envelopes.sign(Entries.bind("acme", B), B), 409, "key-state-conflict");
  }

  @Test
  void unknownParent() throws Exception {
    byte[] body = Envelopes.sign(
        Entries.derivation("acme/tuned", "1.0", Relation.FINETUNE, "ab".repeat(32)), A);
    JsonObject problem = refused(body, 422, "unknown-parent");
    assertEquals("/predicate/parents/0/id", problem.getString("field"));
  }

  @Test
  void unknownTarget() throws Exception {
    JsonObject problem = refused(Envelopes.sign(Entries.revocation("cd".repeat(32)), A), 422,
        "unknown-target");
    assertEquals("/predicate/target", problem.getString("field"));
  }

  @Test
  void nameTakenInFoldedForm() throws Exception {
    // acme/Model_X is registered; acme/model-x folds to the same name.
    JsonObject problem = refused(Envelopes.sign(Entries.release("acme/model-x", "2.0"), A), 409,
        "name-taken");
    assertEquals("/predicate/model/name", problem.getString("field"));
  }

  @Test
  void nameAtVersionTaken() throws Exception {
    JsonObject problem = refused(
        Envelopes.sign(Entries.modification("acme/Model_X", "1.0", release), A), 409,
        "name-taken");
    assertEquals("/predicate/model/version", problem.getString("field"));
  }

  @Test
  void emptyBody_malformedJson() throws Exception {
    JsonObject body = refused(new byte[0], 400, "malformed-json");
    assertEquals("the request body is empty", body.getString("detail"));
  }

  @Test
  void jsonTheLedgerReadsMoreStrictly_keepsItsDetail() throws Exception {
    // Jackson reads 70 nested arrays; the ledger's reader stops at 64 levels.
    byte[] deep = ("[".repeat(70) + "]".repeat(70)).getBytes(StandardCharsets.UTF_8);
    JsonObject body = refused(deep, 400, "malformed-json");
    assertTrue(body.getString("detail").startsWith("envelope: "), body.getString("detail"));
  }

  @Test
  void recordOver65535Bytes_tooLarge() throws Exception {
    ObjectNode claim = Json.mapper().createObjectNode().put("type", "evaluation")
        .put("notes", "x".repeat(70_000));
    Statement big = Statements.attestation(Namespace.of("acme"), EntryId.of(release),
        Claim.of(claim));
    byte[] body = Envelopes.sign(big, A);
    assertTrue(body.length < 1 << 20, "under the body limit: the record is what is too large");
    refused(body, 413, "too-large");
  }

  @Test
  void bodyOverTheLimit_tooLarge() throws Exception {
    byte[] body = ("{\"a\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
    JsonObject problem = refused(body, 413, "too-large");
    assertEquals("request body is larger than 1048576 bytes", problem.getString("detail"));
  }

  @Test
  void invalidStatement_fieldIntoTheStatement() throws Exception {
    byte[] payload = Envelopes.payload(Entries.release("acme/other", "1.0"));
    ObjectNode statement = (ObjectNode) Json.mapper().readTree(payload);
    statement.put("extra", 1);
    byte[] canonical = Jcs.canonicalize(statement);
    JsonObject problem = refused(Envelopes.signRaw(Dsse.IN_TOTO_PAYLOAD_TYPE, canonical, A), 400,
        "invalid-statement");
    assertTrue(problem.getString("field").startsWith("/"), problem.encode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[]", "null", "123", "\"text\"", "{}", "{\"payload\":1}",
      "{\"payload\":\"\",\"payloadType\":\"application/vnd.in-toto+json\",\"signatures\":[]}",
      "{\"payload\":\"e30=\",\"payloadType\":\"application/vnd.in-toto+json\","
          + "\"signatures\":[{\"keyid\":\"00\",\"sig\":\"AA==\"}]}",
      "{\"payload\":\"e30=\",\"payloadType\":\"application/vnd.in-toto+json\","
          + "\"signatures\":[{\"keyid\":1,\"sig\":null}],\"extra\":true}",
  })
  void oddBodies_clientErrorNeverServerError(String body) throws Exception {
    HttpResponse<Buffer> response =
        server.post("/v1/entries", body.getBytes(StandardCharsets.UTF_8));
    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
        response.statusCode() + " " + response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
  }

  @Test
  void unknownPath_notFound() throws Exception {
    problem(server.get("/v1/nothing"), 404, "not-found");
    problem(server.post("/v1/nothing", "{}".getBytes(StandardCharsets.UTF_8)), 404,
        "not-found");
  }

  @Test
  void metrics_refusalsCountedBySlug() throws Exception {
    refused(Envelopes.sign(Entries.release("acme/other", "1.0"), STRANGER), 403, "key-not-bound");
    String text = server.get("/metrics").bodyAsString();
    assertTrue(text.contains(
        "pedigree_appends_total{outcome=\"refused\",problem=\"key-not-bound\"}"), text);
  }
}
