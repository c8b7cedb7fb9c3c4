package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import dev.pedigree.ledger.testing.Golden;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real server over a real ledger in a temporary directory, with the golden log key and origin
 * and a clock that gives entry N the golden time {@code 2026-11-29T12:00:NN.000Z}.
 */
@SuppressWarnings("try") // close() is called by the tests, not by try-with-resources
final class TestServer implements AutoCloseable {
  static final String ORIGIN = "example.com/pedigree-golden";

  final Ledger ledger;
  final Server server;
  final WebClient client;

  private TestServer(Ledger ledger, Server server, WebClient client) {
    this.ledger = ledger;
    this.server = server;
    this.client = client;
  }

  static TestServer start(Vertx vertx, Path dir) throws Exception {
    return start(vertx, dir, "open", null, ServerConfig.DEFAULT_MAX_BODY_BYTES);
  }

  static TestServer start(Vertx vertx, Path dir, String registration, String token, int maxBody)
      throws Exception {
    String seed = Json.mapper().readTree(Golden.bytes("golden/keys.json"))
        .get("log").get("seedHex").textValue();
    KeyFiles.writePrivateKey(dir.resolve("log.key"), Ed25519PrivateKey.fromSeed(Hex.decode(seed)),
        false);
    Ledger ledger = Ledger.open(
        new LedgerConfig(dir, Optional.of(ORIGIN), 64, 0, new GoldenClock()));
    ServerConfig config = ServerConfig.of(new ServerConfig.Text("127.0.0.1", "0", dir.toString(),
        ORIGIN, registration, token, Integer.toString(maxBody), "64", "0", "10", "16"));
    Server server;
    try {
      server = Server.start(config, ledger);
    } catch (ServerStartException e) {
      ledger.close();
      throw e;
    }
    WebClient client = WebClient.create(vertx, new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
    return new TestServer(ledger, server, client);
  }

  HttpResponse<Buffer> get(String uri) throws Exception {
    return send(client.get(uri), null);
  }

  HttpResponse<Buffer> post(String uri, byte[] body) throws Exception {
    return send(client.post(uri).putHeader("Content-Type", "application/json"), body);
  }

  static HttpResponse<Buffer> send(HttpRequest<Buffer> request, byte[] body) throws Exception {
    var future = body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** Asserts a problem+json answer of this status and slug; returns its body. */
  static JsonObject problem(HttpResponse<Buffer> response, int status, String slug) {
    assertEquals(status, response.statusCode(), response.bodyAsString());
    assertEquals("application/problem+json", response.getHeader("Content-Type"));
    JsonObject body = response.bodyAsJsonObject();
    assertEquals("https://pedigree.dev/problems/" + slug, body.getString("type"));
    assertEquals(status, body.getInteger("status"));
    return body;
  }

  @Override
  public void close() throws Exception {
    try {
      server.close();
    } finally {
      ledger.close();
    }
  }

  /** One reading per entry integrated: 12:00:00, 12:00:01, ... as in the golden ledger. */
  static final class GoldenClock extends Clock {
    private int calls;

    @Override
    public synchronized Instant instant() {
      return Instant.parse("2026-11-29T12:00:00Z").plusSeconds(calls++);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
