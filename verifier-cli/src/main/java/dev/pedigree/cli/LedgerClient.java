package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The thin client of the online helpers, over the JDK's {@link HttpClient} only (DESIGN A8). Every
 * failure is an {@link InputException} with one line: the server unreachable, or its RFC 9457
 * problem ({@code 409 name-taken: ... at /predicate/model/name}).
 */
final class LedgerClient {
  /** No answer of the API is larger than an export chunk; bundles are at most 16 MiB. */
  static final int MAX_ANSWER_BYTES = 32 << 20;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI server;
  private final HttpClient http;

  private LedgerClient(URI server) {
    this.server = server;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** A client of the server at {@code url}, e.g. {@code http://127.0.0.1:8080}. */
  static LedgerClient of(String url) throws InputException {
    URI uri;
    try {
      uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    } catch (IllegalArgumentException e) {
      throw new InputException("--server " + url + ": not a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new InputException("--server " + url + ": want an http:// or https:// URL");
    }
    return new LedgerClient(uri);
  }

  /** An answer: its status and exact body. */
  record Answer(int status, byte[] body) {
    JsonNode json() throws InputException {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new InputException("server answered " + status + " with a body that is not JSON");
      }
    }
  }

  /** GET of {@code path} (starting with {@code /v1/}); a non-2xx answer throws. */
  Answer get(String path) throws InputException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** POST of a JSON body to {@code path}; a non-2xx answer throws. */
  Answer post(String path, byte[] body) throws InputException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static String encode(String queryValue) {
    return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create(server + path);
  }

  private Answer send(HttpRequest request) throws InputException, InterruptedException {
    HttpRequest timed = HttpRequest.newBuilder(request, (n, v) -> true).timeout(TIMEOUT).build();
    HttpResponse<InputStream> response;
    byte[] body;
    try {
      response = http.send(timed, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_ANSWER_BYTES + 1);
      }
    } catch (ConnectException e) {
      throw new InputException("cannot connect to " + server + " (is the server running?)", e);
    } catch (HttpTimeoutException e) {
      throw new InputException(server + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new InputException(
          request.method() + " " + request.uri() + " failed: " + Main.message(e), e);
    }
    if (body.length > MAX_ANSWER_BYTES) {
      throw new InputException("server answer larger than " + MAX_ANSWER_BYTES + " bytes");
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new InputException(problem(request, status, body));
    }
    return new Answer(status, body);
  }

  /** RFC 9457: {@code <status> <slug>: <detail> (at <field>)}, or the status alone. */
  static String problem(HttpRequest request, int status, byte[] body) {
    String where = request.method() + " " + request.uri().getPath();
    try {
      JsonNode p = Json.mapper().readTree(body);
      if (p != null && p.isObject() && p.has("type")) {
        String type = p.path("type").asText();
        String slug = type.substring(type.lastIndexOf('/') + 1);
        String detail = p.path("detail").asText(p.path("title").asText(""));
        String field = p.hasNonNull("field") ? " (at " + p.get("field").asText() + ")" : "";
        return where + ": " + status + " " + slug + ": " + detail + field;
      }
    } catch (IOException | RuntimeException e) {
      // Not a problem document: say the status.
    }
    return where + ": HTTP " + status;
  }
}
