package dev.pedigree.api;

import static dev.pedigree.api.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /v1/entries/{id}/descendants} on the real server: a diamond below a root, one of its
 * entries revoked, counted and paged; then one more entry, counted from the cache.
 */
@ExtendWith(VertxExtension.class)
class DescendantsTest {
  private static final Ed25519PrivateKey ACME = TestKeys.of("acme");
  private static TestServer server;
  private static String r;
  private static String x;
  private static String y;
  private static String z;
  private static String w;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path dir) throws Exception {
    server = TestServer.start(vertx, dir);
    post(Entries.bind("acme", ACME));
    r = post(Entries.release("acme/r", "1.0"));
    x = post(Entries.derivation("acme/x", "1.0", Relation.FINETUNE, r));
    y = post(Entries.derivation("acme/y", "1.0", Relation.FINETUNE, r));
    z = post(Entries.derivation("acme/z", "1.0", Relation.MERGE, x, y));
    post(Entries.revocation(x));
    w = post(Entries.derivation("acme/w", "1.0", Relation.FINETUNE, z));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String post(Statement statement) throws Exception {
    HttpResponse<Buffer> response = server.post("/v1/entries", Envelopes.sign(statement, ACME));
    assertEquals(201, response.statusCode(), response.bodyAsString());
    return response.bodyAsJsonObject().getString("id");
  }

  private static JsonObject get(String uri) throws Exception {
    HttpResponse<Buffer> response = server.get(uri);
    assertEquals(200, response.statusCode(), response.bodyAsString());
    assertEquals("application/json", response.getHeader("Content-Type"));
    return response.bodyAsJsonObject();
  }

  @Test
  void getDescendants_diamondWithRevokedEntry_eachCountedOnce() throws Exception {
    assertEquals(new JsonObject().put("count", 4).put("children", 2)
            .put("ids", new JsonArray().add(x).add(y).add(z).add(w)),
        get("/v1/entries/" + r + "/descendants"));
    assertEquals(new JsonObject().put("count", 2).put("children", 1)
            .put("ids", new JsonArray().add(z).add(w)),
        get("/v1/entries/" + x + "/descendants"));
    assertEquals(new JsonObject().put("count", 0).put("children", 0).put("ids", new JsonArray()),
        get("/v1/entries/" + w + "/descendants"));
  }

  @Test
  void getDescendants_limit_pagesWithCursor() throws Exception {
    JsonObject first = get("/v1/entries/" + r + "/descendants?limit=3");
    assertEquals(new JsonObject().put("count", 4).put("children", 2)
        .put("ids", new JsonArray().add(x).add(y).add(z)).put("next", "d3"), first);
    assertEquals(new JsonObject().put("count", 4).put("children", 2)
            .put("ids", new JsonArray().add(w)),
        get("/v1/entries/" + r + "/descendants?limit=3&cursor=d3"));
  }

  @Test
  void getDescendants_afterAnotherAppend_countsIt() throws Exception {
    String root = post(Entries.release("acme/other", "1.0"));
    String a = post(Entries.derivation("acme/other-a", "1.0", Relation.FINETUNE, root));
    assertEquals(1, get("/v1/entries/" + root + "/descendants").getLong("count"));
    String b = post(Entries.derivation("acme/other-b", "1.0", Relation.FINETUNE, a));
    assertEquals(new JsonObject().put("count", 2).put("children", 1)
            .put("ids", new JsonArray().add(a).add(b)),
        get("/v1/entries/" + root + "/descendants"));
  }

  @Test
  void getDescendants_unknownId_notFound() throws Exception {
    String unknown = "ab".repeat(32);
    JsonObject body = problem(server.get("/v1/entries/" + unknown + "/descendants"), 404,
        "not-found");
    assertEquals("entry " + unknown + " is not in the log", body.getString("detail"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"bogus", "d0", "d01"})
  void getDescendants_cursorNotIssued_outOfRange(String cursor) throws Exception {
    JsonObject body = problem(server.get("/v1/entries/" + r + "/descendants?cursor=" + cursor),
        400, "out-of-range");
    assertEquals("query parameter cursor: cursor \"" + cursor + "\" was not issued here",
        body.getString("detail"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/descendants?limit=0     | query parameter limit",
      "/descendants?limit=1001  | query parameter limit",
      "/descendants?limit=x     | query parameter limit",
  })
  void getDescendants_badParameter_outOfRangeNamingIt(String path, String named)
      throws Exception {
    JsonObject body = problem(server.get("/v1/entries/" + r + path), 400, "out-of-range");
    assertTrue(body.getString("detail").startsWith(named), body.getString("detail"));
  }

  @Test
  void getDescendants_malformedId_outOfRange() throws Exception {
    JsonObject body = problem(server.get("/v1/entries/notahash/descendants"), 400,
        "out-of-range");
    assertTrue(body.getString("detail").startsWith("path parameter id"),
        body.getString("detail"));
  }
}
