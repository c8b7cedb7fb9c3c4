package dev.pedigree.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.api.OpenApiDocument;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.junit5.VertxExtension;
import io.vertx.openapi.contract.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ParameterValidation} against vertx-openapi's own request validation, over the real
 * {@code openapi.yaml}: two routers built from the one contract, the library's validating and
 * ours, each answering {@code 200} past validation and problem+json through {@link
 * FailureHandler} otherwise, are sent the same requests. For every operation with parameters,
 * each parameter is left out, repeated and replaced by each of many odd values, the others
 * valid. Every answer must be the same: status, content type and body, byte for byte.
 */
@ExtendWith(VertxExtension.class)
class ParameterValidationTest {
  /** A valid value for each parameter name the document uses. */
  private static final Map<String, String> VALID = Map.ofEntries(
      Map.entry("index", "0"), Map.entry("size", "1"), Map.entry("from", "1"),
      Map.entry("to", "2"), Map.entry("id", "ab".repeat(32)), Map.entry("sha256", "cd".repeat(32)),
      Map.entry("direction", "both"), Map.entry("depth", "16"), Map.entry("limit", "100"),
      Map.entry("cursor", "d100"), Map.entry("namespace", "acme"), Map.entry("model", "base"),
      Map.entry("version", "v1"));

  /** Values as they appear in a URI (percent-encoded where needed). */
  private static final List<String> ODD = List.of(
      "", "abc", "-1", "%2B1", "+1", "01", "%201", "1%20", "1.5", "10.0", "1e3", "1E3", "0x10",
      "-0", "0", "1", "2", "16", "64", "65", "1000", "1001", "100000000000000000",
      "999999999999999999", "0999999999999999999", "9223372036854775807",
      "9223372036854775808", "18446744073709551615", "18446744073709551616",
      "99999999999999999999999999", "null", "true", "%5B1%5D", "%7B%7D", "%22x%22", "%2F",
      "%zz", "%", "%00", "%C3%A9", "AB".repeat(32), "ab".repeat(33), "ab".repeat(31),
      "ab".repeat(32), "ancestors", "descendants", "both", "up", "Both", "1.0", "1.1", "acme",
      ".acme", "acme.", "-acme", "a".repeat(64), "a".repeat(65), "a".repeat(129), "x".repeat(512),
      "x".repeat(513), "d0", "v1");

  private static HttpServer library;
  private static HttpServer ours;
  private static WebClient client;
  private static OpenAPIContract contract;

  @BeforeAll
  static void start(Vertx vertx) throws Exception {
    OpenApiDocument document = OpenApiDocument.load();
    contract = await(OpenAPIContract.from(vertx, document.json()));
    library = await(vertx.createHttpServer().requestHandler(router(vertx, false)).listen(0));
    ours = await(vertx.createHttpServer().requestHandler(router(vertx, true)).listen(0));
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    await(library.close());
    await(ours.close());
  }

  @Test
  void everyOperation_refusesExactlyWhatTheLibraryRefuses() throws Exception {
    List<String> uris = new ArrayList<>();
    for (Operation operation : contract.operations()) {
      if (operation.getRequestBody() == null) {
        uris.addAll(uris(operation));
      }
    }
    int passed = 0;
    int refused = 0;
    for (String uri : uris) {
      HttpResponse<Buffer> want = get(library, uri);
      HttpResponse<Buffer> got = get(ours, uri);
      assertEquals(want.statusCode(), got.statusCode(), uri);
      assertEquals(want.getHeader("Content-Type"), got.getHeader("Content-Type"), uri);
      assertEquals(want.bodyAsString(), got.bodyAsString(), uri);
      if (got.statusCode() == 200) {
        passed++;
      } else if (got.statusCode() == 400) {
        refused++;
      }
    }
    // Both outcomes are well represented, so agreement means something.
    assertTrue(passed > 200, "passed " + passed + " of " + uris.size());
    assertTrue(refused > 800, "refused " + refused + " of " + uris.size());
  }

  @Test
  void operationWithBody_refusedAtStartup() {
    Operation createEntry = contract.operation("createEntry");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ParameterValidation.of(contract, createEntry));
    assertEquals("operation createEntry has a request body; only parameters are validated here",
        e.getMessage());
  }

  @Test
  void operationWithoutParameters_noHandler() {
    assertTrue(ParameterValidation.of(contract, contract.operation("getCheckpoint")).isEmpty());
  }

  /** The valid request, then each parameter left out, repeated, and replaced by each odd value. */
  private static List<String> uris(Operation operation) {
    Map<String, String> valid = new LinkedHashMap<>();
    for (Parameter parameter : operation.getParameters()) {
      String value = VALID.get(parameter.getName());
      if (value == null) {
        throw new AssertionError("no valid value for parameter " + parameter.getName()
            + " of " + operation.getOperationId() + ": add one to VALID");
      }
      valid.put(parameter.getName(), value);
    }
    List<String> uris = new ArrayList<>();
    uris.add(uri(operation, valid, null));
    for (Parameter parameter : operation.getParameters()) {
      String name = parameter.getName();
      Map<String, String> without = new LinkedHashMap<>(valid);
      without.remove(name);
      uris.add(uri(operation, without, null));
      uris.add(uri(operation, valid, name + "=" + "1"));
      for (String odd : ODD) {
        Map<String, String> values = new LinkedHashMap<>(valid);
        values.put(name, odd);
        uris.add(uri(operation, values, null));
      }
    }
    return uris;
  }

  private static String uri(Operation operation, Map<String, String> values, String extra) {
    String path = operation.getOpenAPIPath();
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : operation.getParameters()) {
      String value = values.get(parameter.getName());
      switch (parameter.getIn()) {
        case PATH -> path = path.replace("{" + parameter.getName() + "}",
            value == null ? "" : value);
        case QUERY -> {
          if (value != null) {
            query.append(query.length() == 0 ? "?" : "&").append(parameter.getName()).append('=')
                .append(value);
          }
        }
        default -> throw new AssertionError("no test values for " + parameter.getIn());
      }
    }
    if (extra != null) {
      query.append(query.length() == 0 ? "?" : "&").append(extra);
    }
    return path + query;
  }

  /** Every operation answers 200 past validation; {@code ours} swaps in ParameterValidation. */
  private static Router router(Vertx vertx, boolean oursInstead) {
    RouterBuilder builder = RouterBuilder.create(vertx, contract);
    builder.rootHandler(BodyHandler.create(false));
    for (OpenAPIRoute route : builder.getRoutes()) {
      Operation operation = route.getOperation();
      Handler<RoutingContext> ok = ctx -> ctx.response().setStatusCode(200)
          .putHeader("Content-Type", "text/plain").end("ok " + operation.getOperationId());
      if (oursInstead) {
        route.setDoValidation(false);
        if (operation.getRequestBody() == null) {
          ParameterValidation.of(contract, operation).ifPresent(route::addHandler);
        }
      }
      route.addHandler(ok);
    }
    Router router = builder.createRouter();
    FailureHandler failures = new FailureHandler(1024);
    router.route().failureHandler(failures);
    router.errorHandler(404, failures);
    router.errorHandler(405, failures);
    return router;
  }

  private static HttpResponse<Buffer> get(HttpServer server, String uri) throws Exception {
    return await(client.get(server.actualPort(), "127.0.0.1", uri).send());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
