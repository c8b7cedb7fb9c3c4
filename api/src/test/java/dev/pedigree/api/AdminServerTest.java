package dev.pedigree.api;

import static dev.pedigree.api.TestServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.testing.Golden;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admin registration: only the first binding of a namespace needs the bearer token. */
@ExtendWith(VertxExtension.class)
class AdminServerTest {
  private static final String TOKEN = "correct-horse";
  private static final List<Golden.Entry> GOLDEN = Golden.entries();
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path data) throws Exception {
    server = TestServer.start(vertx, data, "admin", TOKEN, 1 << 20);
    // Entry 0 binds acme: the operator lets it in.
    HttpResponse<Buffer> bound = post(GOLDEN.get(0), "Bearer " + TOKEN);
    assertEquals(201, bound.statusCode(), bound.bodyAsString());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static HttpResponse<Buffer> post(Golden.Entry entry, String authorization)
      throws Exception {
    return post(entry.envelope().toByteArray(), authorization);
  }

  private static HttpResponse<Buffer> post(byte[] body, String authorization) throws Exception {
    HttpRequest<Buffer> request = server.client.post("/v1/entries");
    if (authorization != null) {
      request.putHeader("Authorization", authorization);
    }
    return TestServer.send(request, body);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {"none", "Bearer wrong", "Basic correct-horse",
      "Bearer correct-horse-and-more"})
  void createEntry_firstBindingWithoutTheToken_unauthorized(String authorization)
      throws Exception {
    // Entry 5 is the first key entry of evals.
    JsonObject body = problem(post(GOLDEN.get(5), authorization), 401, "unauthorized");
    assertEquals("binding the first keys of a namespace needs the admin token on this server"
        + " (Authorization: Bearer ...)", body.getString("detail"));
  }

  @Test
  void createEntry_laterEntriesOfABoundNamespace_needNoToken() throws Exception {
    // The release (1) and the key entry with previous (3) are decided by the key rules alone.
    HttpResponse<Buffer> release = post(GOLDEN.get(1), null);
    assertEquals(201, release.statusCode(), release.bodyAsString());
    HttpResponse<Buffer> key = post(GOLDEN.get(3), null);
    // 3 names entry 0 as previous; entry 2 is not needed for it.
    assertEquals(201, key.statusCode(), key.bodyAsString());
  }

  @Test
  void createEntry_malformedWithoutToken_malformedJson() throws Exception {
    problem(post("not json".getBytes(), null), 400, "malformed-json");
  }

  @Test
  void createEntry_firstBindingLowercaseBearer_accepted() throws Exception {
    // A different namespace than the other tests use: evals, entry 5.
    // The gate looks at the statement only, so the 401 cases above hold before and after.
    HttpResponse<Buffer> response = post(GOLDEN.get(5), "bearer " + TOKEN);
    assertEquals(201, response.statusCode(), response.bodyAsString());
  }
}
