package dev.pedigree.api;

import static dev.pedigree.api.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Golden;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden envelopes POSTed in order over HTTP give the golden ledger byte for byte; every read
 * endpoint is then checked against the golden files (outside answers) where they exist.
 */
@ExtendWith(VertxExtension.class)
class GoldenServerTest {
  private static final List<Golden.Entry> GOLDEN = Golden.entries();
  private static final List<JsonObject> REGISTERED = new ArrayList<>();
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path dir) throws Exception {
    server = TestServer.start(vertx, dir);
    for (Golden.Entry entry : GOLDEN) {
      HttpResponse<Buffer> response =
          server.post("/v1/entries", entry.envelope().toByteArray());
      assertEquals(201, response.statusCode(), response.bodyAsString());
      assertEquals("application/json", response.getHeader("Content-Type"));
      REGISTERED.add(response.bodyAsJsonObject());
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String text(String golden) {
    return new String(Golden.bytes("golden/" + golden), StandardCharsets.UTF_8);
  }

  private static String text(Golden.Entry entry) {
    return new String(entry.leaf().toByteArray(), StandardCharsets.UTF_8);
  }

  private static JsonNode json(String golden) throws Exception {
    return Json.mapper().readTree(Golden.bytes("golden/" + golden));
  }

  private static String id(int index) {
    return GOLDEN.get(index).id();
  }

  @Test
  void createEntry_golden_answersIdIndexLeafHashAndBundle() throws Exception {
    for (Golden.Entry entry : GOLDEN) {
      JsonObject r = REGISTERED.get(entry.index());
      assertEquals(entry.id(), r.getString("id"));
      assertEquals(entry.index(), r.getLong("index"));
      assertEquals(entry.leafHash(), r.getString("leafHash"));
      assertEquals("application/vnd.pedigree.bundle.v1+json",
          r.getJsonObject("bundle").getString("mediaType"));
    }
  }

  @Test
  void createEntry_answerIsCompactJsonEmbeddingTheBundleOfGetBundle() throws Exception {
    HttpResponse<Buffer> again = server.post("/v1/entries", GOLDEN.get(2).envelope().toByteArray());
    assertEquals(200, again.statusCode(), again.bodyAsString());
    String body = again.bodyAsString();
    JsonNode answer = Json.mapper().readTree(body);
    assertEquals(Json.mapper().writeValueAsString(answer), body, "compact, bundle included");
    HttpResponse<Buffer> bundle = server.get("/v1/entries/" + id(2) + "/bundle");
    assertEquals(Json.mapper().readTree(bundle.body().getBytes()), answer.get("bundle"));
    assertTrue(bundle.bodyAsString().startsWith("{\n  \"mediaType\""), "standalone is pretty");
  }

  @Test
  void createEntry_sameEnvelopeAgain_200WithTheExistingEntry() throws Exception {
    HttpResponse<Buffer> again = server.post("/v1/entries", GOLDEN.get(1).envelope().toByteArray());
    assertEquals(200, again.statusCode(), again.bodyAsString());
    JsonObject body = again.bodyAsJsonObject();
    assertEquals(id(1), body.getString("id"));
    assertEquals(1, body.getLong("index"));
    assertEquals(GOLDEN.get(1).leafHash(), body.getString("leafHash"));
    assertTrue(body.containsKey("bundle"));
    assertEquals(9, treeSize(), "nothing appended");
  }

  @Test
  void getCheckpoint_equalsGoldenCheckpoint() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/checkpoint");
    assertEquals(200, response.statusCode());
    assertEquals("text/plain; charset=utf-8", response.getHeader("Content-Type"));
    assertEquals(text("checkpoint.txt"), response.bodyAsString());
  }

  @Test
  void getLogKey_goldenVerifierKeyAndOneNewline() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/key");
    assertEquals(200, response.statusCode());
    assertEquals("text/plain; charset=utf-8", response.getHeader("Content-Type"));
    assertEquals(text("log.vkey").strip() + "\n", response.bodyAsString());
  }

  @Test
  void getLeaf_everyIndex_exactStoredBytes() throws Exception {
    for (Golden.Entry entry : GOLDEN) {
      HttpResponse<Buffer> response = server.get("/v1/log/leaves/" + entry.index());
      assertEquals(200, response.statusCode());
      assertEquals("application/json", response.getHeader("Content-Type"));
      assertArrayEquals(entry.leaf().toByteArray(), response.body().getBytes(),
          "leaf " + entry.index());
    }
  }

  @Test
  void getLeaf_pastTheEnd_notFound() throws Exception {
    JsonObject body = problem(server.get("/v1/log/leaves/9"), 404, "not-found");
    assertEquals("leaf 9 is not in the log", body.getString("detail"));
  }

  @Test
  void getInclusionProof_equalsTheGoldenBundlesProof() throws Exception {
    // The golden bundle of entry 2 holds its tlog-proof against the golden checkpoint (size 9).
    String proof = json("bundle-02-derivation.json").get("entry").get("proof").textValue();
    List<String> lines = Arrays.asList(proof.split("\n", -1));
    assertEquals("index 2", lines.get(1));
    List<String> want = new ArrayList<>();
    for (String line : lines.subList(2, lines.indexOf(""))) {
      want.add(Hex.encode(Base64.getDecoder().decode(line)));
    }
    HttpResponse<Buffer> response = server.get("/v1/log/proofs/inclusion?index=2&size=9");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals(new JsonObject().put("index", 2).put("treeSize", 9)
        .put("hashes", new JsonArray(want)), response.bodyAsJsonObject());
  }

  @Test
  void getConsistencyProof_equalsGoldenProof() throws Exception {
    JsonNode golden = json("consistency-4-9.json");
    HttpResponse<Buffer> response = server.get("/v1/log/proofs/consistency?from=4&to=9");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    JsonObject want = new JsonObject().put("from", 4).put("to", 9).put("hashes",
        new JsonArray(Json.mapper().convertValue(golden.get("hashes"), List.class)));
    assertEquals(want, response.bodyAsJsonObject());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/v1/log/proofs/inclusion?index=9&size=9",
      "/v1/log/proofs/inclusion?index=0&size=10",
      "/v1/log/proofs/inclusion?index=18446744073709551615&size=9",
      "/v1/log/proofs/inclusion?index=0&size=18446744073709551615",
      "/v1/log/proofs/consistency?from=0&to=9",
      "/v1/log/proofs/consistency?from=5&to=4",
      "/v1/log/proofs/consistency?from=1&to=10",
      "/v1/log/export?from=0&to=10",
      "/v1/log/export?from=5&to=4",
      "/v1/log/export?from=9223372036854775808&to=9",
  })
  void proofsAndExport_outsideTheLog_outOfRange(String uri) throws Exception {
    problem(server.get(uri), 400, "out-of-range");
  }

  @Test
  void export_wholeLog_equalsGoldenExport() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/export?from=0&to=9");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals("application/jsonl", response.getHeader("Content-Type"));
    assertArrayEquals(Golden.bytes("golden/export.jsonl"), response.body().getBytes());
  }

  @Test
  void export_middleRange_eachLeafAndOneNewline() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/export?from=3&to=5");
    assertEquals(200, response.statusCode());
    String want = text(GOLDEN.get(3)) + "\n" + text(GOLDEN.get(4)) + "\n";
    assertEquals(want, response.bodyAsString());
  }

  @Test
  void export_emptyRange_emptyBody() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/export?from=9&to=9");
    assertEquals(200, response.statusCode());
    assertEquals(0, response.body() == null ? 0 : response.body().length());
  }

  @Test
  void getBundle_entry2_equalsGoldenBundle() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/entries/" + id(2) + "/bundle");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals(json("bundle-02-derivation.json"),
        Json.mapper().readTree(response.body().getBytes()));
  }

  @Test
  void getEntry_revokedDerivation_decodedWithStatus() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/entries/" + id(2));
    assertEquals(200, response.statusCode(), response.bodyAsString());
    JsonObject entry = response.bodyAsJsonObject();
    assertEquals(id(2), entry.getString("id"));
    assertEquals("derivation", entry.getString("kind"));
    assertEquals(2, entry.getLong("index"));
    assertEquals("2026-11-29T12:00:02.000Z", entry.getString("integratedTime"));
    assertEquals("acme", entry.getString("namespace"));
    assertEquals(new JsonArray().add(keyId("acme-A")), entry.getJsonArray("signers"));
    assertEquals(Json.mapper().readTree(GOLDEN.get(2).statement().toByteArray()),
        Json.mapper().readTree(entry.getJsonObject("statement").encode()));
    assertEquals(new JsonArray().add(id(6)), entry.getJsonArray("attestations"));
    JsonObject status = entry.getJsonObject("status");
    assertEquals(true, status.getBoolean("revoked"));
    // Key A, which signed it, was removed as compromised by entry 8 (golden README).
    assertEquals(true, status.getBoolean("affected"));
    assertEquals("critical", status.getString("severity"));
    assertEquals(new JsonArray()
            .add("revoked by entry 7 (safety, high)")
            .add("signing key " + keyId("acme-A") + " of acme removed as compromised at index 8:"
                + " critical"),
        status.getJsonArray("reasons"));
  }

  @Test
  void getEntry_modificationByRotatedInKey_clean() throws Exception {
    JsonObject entry = server.get("/v1/entries/" + id(4)).bodyAsJsonObject();
    assertEquals(new JsonObject().put("revoked", false).put("affected", false)
        .put("reasons", new JsonArray()), entry.getJsonObject("status"));
    assertEquals(new JsonArray().add(keyId("acme-B")), entry.getJsonArray("signers"));
  }

  @Test
  void getEntry_revocation_namespaceOfItsTarget() throws Exception {
    JsonObject entry = server.get("/v1/entries/" + id(7)).bodyAsJsonObject();
    assertEquals("revocation", entry.getString("kind"));
    assertEquals("acme", entry.getString("namespace"));
  }

  @Test
  void getAttestationsAndRevocations_ofEntry2() throws Exception {
    JsonObject attestations = server.get("/v1/entries/" + id(2) + "/attestations")
        .bodyAsJsonObject();
    assertEquals(1, attestations.getJsonArray("entries").size());
    assertEquals(id(6), attestations.getJsonArray("entries").getJsonObject(0).getString("id"));
    assertFalse(attestations.containsKey("next"));
    JsonObject revocations = server.get("/v1/entries/" + id(2) + "/revocations")
        .bodyAsJsonObject();
    assertEquals(1, revocations.getJsonArray("entries").size());
    assertEquals(id(7), revocations.getJsonArray("entries").getJsonObject(0).getString("id"));
    assertEquals(0, server.get("/v1/entries/" + id(1) + "/revocations").bodyAsJsonObject()
        .getJsonArray("entries").size());
  }

  @Test
  void getLineage_ofRelease_bothChildren() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/entries/" + id(1) + "/lineage");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    JsonObject lineage = response.bodyAsJsonObject();
    assertEquals(new JsonObject().put("id", id(1)).put("name", "acme/base").put("version", "1.0")
        .put("kind", "release").put("index", 1).put("depth", 0).put("revoked", false)
        .put("affected", false), lineage.getJsonArray("nodes").getJsonObject(0));
    assertEquals(3, lineage.getJsonArray("nodes").size());
    // Entry 2 is revoked by entry 7; the release above it and its new version are not.
    for (Object o : lineage.getJsonArray("nodes")) {
      JsonObject node = (JsonObject) o;
      boolean isRevoked = node.getString("id").equals(id(2));
      assertEquals(isRevoked, node.getBoolean("revoked"), node.encode());
      assertEquals(isRevoked, node.getBoolean("affected"), node.encode());
    }
    JsonArray edges = lineage.getJsonArray("edges");
    assertTrue(edges.contains(new JsonObject().put("from", id(1)).put("to", id(2))
        .put("relation", "finetune")), edges.encode());
    assertTrue(edges.contains(new JsonObject().put("from", id(1)).put("to", id(4))
        .put("relation", "new-version")), edges.encode());
    assertEquals(2, edges.size());
    assertEquals(false, lineage.getBoolean("truncated"));
  }

  @Test
  void getLineage_ancestorsOfDerivation_parentOnly() throws Exception {
    JsonObject lineage = server.get("/v1/entries/" + id(2) + "/lineage?direction=ancestors&depth=1")
        .bodyAsJsonObject();
    assertEquals(new JsonArray().add(new JsonObject().put("from", id(1)).put("to", id(2))
        .put("relation", "finetune")), lineage.getJsonArray("edges"));
    assertEquals(-1, lineage.getJsonArray("nodes").getJsonObject(1).getInteger("depth"));
    JsonObject down = server.get("/v1/entries/" + id(2) + "/lineage?direction=descendants")
        .bodyAsJsonObject();
    assertEquals(1, down.getJsonArray("nodes").size());
    assertEquals(0, down.getJsonArray("edges").size());
  }

  @Test
  void getLineage_badDirectionOrDepth_outOfRange() throws Exception {
    problem(server.get("/v1/entries/" + id(1) + "/lineage?direction=up"), 400, "out-of-range");
    problem(server.get("/v1/entries/" + id(1) + "/lineage?depth=0"), 400, "out-of-range");
    problem(server.get("/v1/entries/" + id(1) + "/lineage?depth=65"), 400, "out-of-range");
  }

  @Test
  void search_adapterDigest_findsTheDerivation() throws Exception {
    byte[] adapter = new byte[32];
    Arrays.fill(adapter, (byte) 1);
    HttpResponse<Buffer> response = server.get("/v1/search?sha256=" + Sha256.hex(adapter));
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals(new JsonObject().put("entries", new JsonArray().add(new JsonObject()
        .put("id", id(2)).put("name", "acme/base-med").put("version", "1.0")
        .put("path", "adapter_model.safetensors").put("index", 2))),
        response.bodyAsJsonObject());
  }

  @Test
  void search_sharedFile_pagesWithCursor() throws Exception {
    // Entries 1 and 4 register the same files (golden README).
    String digest = Json.mapper().readTree(GOLDEN.get(1).statement().toByteArray())
        .get("subject").get(0).get("digest").get("sha256").textValue();
    JsonObject first = server.get("/v1/search?sha256=" + digest + "&limit=1").bodyAsJsonObject();
    assertEquals(id(1), first.getJsonArray("entries").getJsonObject(0).getString("id"));
    String next = first.getString("next");
    JsonObject second = server.get("/v1/search?sha256=" + digest + "&limit=1&cursor="
        + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8)).bodyAsJsonObject();
    assertEquals(id(4), second.getJsonArray("entries").getJsonObject(0).getString("id"));
    assertFalse(second.containsKey("next"), second.encode());
  }

  @Test
  void search_unknownDigest_emptyPage() throws Exception {
    assertEquals(new JsonObject().put("entries", new JsonArray()),
        server.get("/v1/search?sha256=" + "00".repeat(32)).bodyAsJsonObject());
  }

  @Test
  void search_cursorNotHandedOut_outOfRange() throws Exception {
    JsonObject body = problem(server.get("/v1/search?sha256=" + "00".repeat(32)
        + "&cursor=bogus"), 400, "out-of-range");
    assertTrue(body.getString("detail").startsWith("query parameter cursor"),
        body.getString("detail"));
  }

  @Test
  void getModel_foldedName_versionsInIndexOrder() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/models/ACME/Base");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    JsonObject model = response.bodyAsJsonObject();
    assertEquals("acme/base", model.getString("name"));
    JsonArray versions = model.getJsonArray("versions");
    assertEquals(new JsonObject().put("version", "1.0").put("id", id(1)).put("kind", "release")
        .put("index", 1).put("integratedTime", "2026-11-29T12:00:01.000Z"),
        versions.getJsonObject(0));
    assertEquals("1.1", versions.getJsonObject(1).getString("version"));
    assertEquals(2, versions.size());
    problem(server.get("/v1/models/acme/nothing"), 404, "not-found");
  }

  @Test
  void getModelVersion_nameAtVersion_itsEntry() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/models/acme/base/versions/1.1");
    assertEquals(200, response.statusCode(), response.bodyAsString());
    JsonObject entry = response.bodyAsJsonObject();
    assertEquals(id(4), entry.getString("id"));
    assertEquals("modification", entry.getString("kind"));
    problem(server.get("/v1/models/acme/base/versions/9.9"), 404, "not-found");
    // Digits only: still text, never read as a number.
    problem(server.get("/v1/models/acme/base/versions/10"), 404, "not-found");
    problem(server.get("/v1/models/1/2"), 404, "not-found");
    problem(server.get("/v1/entries/" + "1".repeat(64)), 404, "not-found");
    JsonObject bad = problem(server.get("/v1/models/acme/base/versions/1.1%20"), 400,
        "out-of-range");
    assertEquals("path parameter version: got \"1.1 \", want text matching [A-Za-z0-9._+-]{1,64}",
        bad.getString("detail"));
    problem(server.get("/v1/models/-acme/base"), 400, "out-of-range");
    problem(server.get("/v1/namespaces/acme./models"), 400, "out-of-range");
    problem(server.get("/v1/namespaces/acme/models?limit=0"), 400, "out-of-range");
  }

  @Test
  void listNamespaceModels_acme_twoModels() throws Exception {
    JsonObject page = server.get("/v1/namespaces/acme/models").bodyAsJsonObject();
    assertEquals(new JsonArray()
            .add(new JsonObject().put("name", "acme/base").put("folded", "acme/base"))
            .add(new JsonObject().put("name", "acme/base-med").put("folded", "acme/base-med")),
        page.getJsonArray("models"));
    assertEquals(new JsonArray(), server.get("/v1/namespaces/evals/models").bodyAsJsonObject()
        .getJsonArray("models"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/bundle", "/lineage", "/attestations", "/revocations"})
  void entryReads_unknownId_notFound(String suffix) throws Exception {
    String unknown = "ab".repeat(32);
    JsonObject body = problem(server.get("/v1/entries/" + unknown + suffix), 404, "not-found");
    assertEquals("entry " + unknown + " is not in the log", body.getString("detail"));
  }

  @Test
  void metrics_countAppendsByOutcome() throws Exception {
    String text = server.get("/metrics").bodyAsString();
    assertTrue(text.contains("pedigree_appends_total{outcome=\"created\",problem=\"none\"} 9.0"),
        text);
    assertTrue(text.contains("pedigree_append_duration_seconds_count{outcome=\"created\"} 9"),
        text);
  }

  @Test
  void metrics_describeTheSequencersBatches() throws Exception {
    String text = server.get("/metrics").bodyAsString();
    // Every created entry was added by some batch, and a batch adds at least one.
    assertEquals(9.0, sample(text, "pedigree_batch_entries_sum"), text);
    double batches = sample(text, "pedigree_batch_entries_count");
    assertTrue(batches >= 1 && batches <= 9, text);
    assertEquals(batches, sample(text, "pedigree_batch_duration_seconds_count"), text);
    assertEquals(batches, sample(text, "pedigree_batch_submissions_count"), text);
    assertTrue(sample(text, "pedigree_batch_submissions_sum") >= 9.0, text);
    assertTrue(sample(text, "pedigree_batch_duration_seconds_sum") > 0, text);
    assertEquals(batches, sample(text, "pedigree_batch_entries_bucket{le=\"+Inf\"}"), text);
  }

  /** The value of the sample line that starts with {@code name} and a space. */
  private static double sample(String metrics, String name) {
    return metrics.lines()
        .filter(line -> line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + " in\n" + metrics));
  }

  private static long treeSize() throws Exception {
    return Long.parseLong(server.get("/v1/log/checkpoint").bodyAsString().split("\n")[1]);
  }

  private static String keyId(String name) {
    return Golden.key(name).publicKey().keyId();
  }
}
