package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

@ExtendWith(VertxExtension.class)
class ServerTest {
  private static final int MAX_BODY = 4096;
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path data) throws Exception {
    server = TestServer.start(vertx, data, "open", null, MAX_BODY);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static HttpResponse<Buffer> get(String uri) throws Exception {
    return server.get(uri);
  }

  private static HttpResponse<Buffer> post(String uri, Buffer body) throws Exception {
    return server.post(uri, body.getBytes());
  }

  private static JsonObject problem(HttpResponse<Buffer> response, int status, String slug) {
    return TestServer.problem(response, status, slug);
  }

  @Test
  void openApi_servedAndParses() throws Exception {
    HttpResponse<Buffer> response = get("/openapi.yaml");
    assertEquals(200, response.statusCode());
    assertEquals("application/yaml; charset=utf-8", response.getHeader("Content-Type"));
    Map<String, Object> doc = new Yaml().load(response.bodyAsString());
    assertEquals("3.1.0", doc.get("openapi"));
    Map<?, ?> paths = (Map<?, ?>) doc.get("paths");
    // DESIGN A8's endpoints plus the model-level reads and operations.
    for (String path : List.of("/v1/log/checkpoint", "/v1/log/key", "/v1/log/leaves/{index}",
        "/v1/log/proofs/inclusion", "/v1/log/proofs/consistency", "/v1/log/export",
        "/v1/entries", "/v1/entries/{id}/bundle", "/v1/entries/{id}/lineage", "/v1/search",
        "/v1/entries/{id}", "/v1/entries/{id}/attestations", "/v1/entries/{id}/revocations",
        "/v1/entries/{id}/descendants", "/v1/models/{namespace}/{model}",
        "/v1/models/{namespace}/{model}/versions/{version}",
        "/v1/namespaces/{namespace}/models", "/health", "/metrics", "/openapi.yaml")) {
      assertTrue(paths.containsKey(path), path);
    }
    assertEquals(20, paths.size());
  }

  @Test
  void missingQueryParameter_exactDetail() throws Exception {
    JsonObject body = problem(get("/v1/log/proofs/inclusion?index=1"), 400, "out-of-range");
    assertEquals("query parameter size is required", body.getString("detail"));
  }

  @Test
  void u64AboveMax_exactDetail() throws Exception {
    JsonObject body = problem(get("/v1/log/proofs/consistency?from=1&to=18446744073709551616"),
        400, "out-of-range");
    assertEquals("query parameter to: got \"18446744073709551616\"; 18446744073709551616 is"
        + " greater than 18446744073709551615", body.getString("detail"));
  }

  @Test
  void u64WithExponent_refusedByExactParse() throws Exception {
    // JSON Schema counts 1e3 as the integer 1000; the u64 parse in front of the handler does not.
    JsonObject body = problem(get("/v1/log/leaves/1e3"), 400, "out-of-range");
    assertEquals("path parameter index: got \"1e3\", want an integer in"
        + " [0, 18446744073709551615]", body.getString("detail"));
  }

  @Test
  void health_ok() throws Exception {
    HttpResponse<Buffer> response = get("/health");
    assertEquals(200, response.statusCode());
    assertEquals(new JsonObject().put("status", "ok").put("storeOpen", true)
        .put("sequencerAlive", true), response.bodyAsJsonObject());
  }

  @Test
  void linuxX86_eventLoopOnEpoll() {
    assumeTrue(System.getProperty("os.name").equals("Linux")
        && List.of("amd64", "x86_64").contains(System.getProperty("os.arch")));
    assertTrue(server.server.nativeTransport(), "the epoll transport did not load");
  }

  @Test
  void metrics_countsRequestsByRoute() throws Exception {
    get("/health");
    get("/v1/entries/" + "ab".repeat(32));
    HttpResponse<Buffer> response = get("/metrics");
    assertEquals(200, response.statusCode());
    String text = response.bodyAsString();
    assertTrue(text.contains("vertx_http_server_requests_total{code=\"200\",method=\"GET\","
        + "route=\"/health\"}"), text);
    assertTrue(text.contains("route=\"/v1/entries/:id\""), text);
    assertTrue(!text.contains("abab"), "raw path leaked into labels");
  }

  @Test
  void metrics_poolsApartByName() throws Exception {
    String text = get("/metrics").bodyAsString();
    // Without the pool labels, the second pool's gauges collided with the first's and were lost.
    assertTrue(text.contains("vertx_pool_queue_pending{pool_name=\"vert.x-worker-thread\","
        + "pool_type=\"worker\"}"), text);
    assertTrue(text.contains("vertx_pool_queue_pending{pool_name=\"vert.x-internal-blocking\","
        + "pool_type=\"worker\"}"), text);
  }

  @Test
  void unknownPath_notFoundProblem() throws Exception {
    JsonObject body = problem(get("/no/such/thing"), 404, "not-found");
    assertEquals("no resource at /no/such/thing", body.getString("detail"));
  }

  @Test
  void wrongMethod_methodNotAllowedProblem() throws Exception {
    HttpResponse<Buffer> response = post("/health", Buffer.buffer("{}"));
    assertEquals(405, response.statusCode());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    assertEquals("about:blank", response.bodyAsJsonObject().getString("type"));
  }

  @Test
  void tooLargeBody_tooLargeProblem() throws Exception {
    Buffer body = Buffer.buffer("{\"a\":\"" + "x".repeat(MAX_BODY) + "\"}");
    JsonObject problem = problem(post("/v1/entries", body), 413, "too-large");
    assertEquals("request body is larger than " + MAX_BODY + " bytes", problem.getString("detail"));
  }

  @Test
  void malformedJsonBody_malformedJsonProblem() throws Exception {
    JsonObject problem = problem(post("/v1/entries", Buffer.buffer("{\"payload\":")), 400,
        "malformed-json");
    assertTrue(problem.getString("detail").startsWith("the request body is not JSON"),
        problem.getString("detail"));
  }

  @Test
  void emptyLog_checkpointOfSizeZero() throws Exception {
    HttpResponse<Buffer> response = get("/v1/log/checkpoint");
    assertEquals(200, response.statusCode());
    String[] lines = response.bodyAsString().split("\n");
    assertEquals(TestServer.ORIGIN, lines[0]);
    assertEquals("0", lines[1]);
    // DESIGN A6: the root of the empty tree is SHA-256 of the empty string.
    assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", lines[2]);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/v1/log/leaves/abc                          | path parameter index",
      "/v1/log/leaves/-1                           | path parameter index",
      "/v1/log/leaves/1.5                          | path parameter index",
      "/v1/log/leaves/18446744073709551616         | path parameter index",
      "/v1/log/leaves/99999999999999999999999999   | path parameter index",
      "/v1/log/proofs/inclusion?index=abc&size=2   | query parameter index",
      "/v1/log/proofs/inclusion?index=1            | query parameter size",
      "/v1/log/proofs/consistency?from=1&to=1e3    | query parameter to",
      "/v1/search?sha256=XYZ                       | query parameter sha256",
      "/v1/search?sha256=" + "00" + "&limit=0      | query parameter sha256",
      "/v1/entries/notahash                        | path parameter id",
  })
  void badParameter_outOfRangeProblemNamingIt(String uri, String named) throws Exception {
    JsonObject problem = problem(get(uri), 400, "out-of-range");
    assertTrue(problem.getString("detail").startsWith(named), problem.getString("detail"));
  }

  @Test
  void largestU64_passesValidation() throws Exception {
    problem(get("/v1/log/leaves/18446744073709551615"), 404, "not-found");
  }
}
