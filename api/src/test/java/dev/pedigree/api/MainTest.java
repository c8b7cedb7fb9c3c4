package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import io.vertx.core.json.JsonObject;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.pedigree.api.config.ServerConfig;
import picocli.CommandLine;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Main main, String... args) {
    return new CommandLine(main).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void call_portZero_printsListeningLineAndServes(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("new/data");
    Main main = new Main(null);
    assertEquals(0, run(main, "--port", "0", "--data", data.toString()));
    try {
      String line = out.toString();
      assertTrue(line.matches("pedigree listening on http://127\\.0\\.0\\.1:[1-9][0-9]*\\R"), line);
      // The ledger created its store and log key on first start.
      assertTrue(Files.isRegularFile(data.resolve("log.key")));
      assertTrue(Files.isDirectory(data.resolve("store")));
      String url = line.strip().substring("pedigree listening on ".length());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      HttpResponse<String> checkpoint = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/v1/log/checkpoint")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(checkpoint.body().startsWith("localhost/pedigree/"), checkpoint.body());
    } finally {
      main.stop();
    }
  }

  @Test
  void defaults_areServerConfigs() {
    Main main = new Main(null);
    new CommandLine(main).parseArgs();
    assertEquals(String.valueOf(ServerConfig.DEFAULT_BATCH_SIZE), main.batchSize);
    // Group commit: a batch takes what queued up during the previous write, and waits for nothing.
    assertEquals("0", main.batchMillis);
    assertEquals(String.valueOf(ServerConfig.DEFAULT_BATCH_MILLIS), main.batchMillis);
    assertEquals(String.valueOf(ServerConfig.DEFAULT_MAX_BODY_BYTES), main.maxBody);
    assertEquals(String.valueOf(ServerConfig.DEFAULT_HASH_CACHE_MIB), main.hashCacheMib);
  }

  @Test
  void call_badPort_exitsTwoWithOneLine(@TempDir Path tmp) {
    int code = run(new Main(null), "--port", "70000", "--data",
        tmp.toString());
    assertEquals(2, code);
    assertEquals("pedigree-server: invalid --port: got 70000, want an integer in [0, 65535]"
        + System.lineSeparator(), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void call_adminWithoutToken_exitsTwo(@TempDir Path tmp) {
    int code = run(new Main(null), "--registration", "admin", "--data",
        tmp.toString());
    assertEquals(2, code);
    assertEquals("pedigree-server: --registration admin needs PEDIGREE_ADMIN_TOKEN to be set and"
        + " not empty" + System.lineSeparator(), err.toString());
  }

  @ParameterizedTest
  @CsvSource({"16, 1", "0, 0"})
  void call_descendantCacheMib_countsWithOrWithoutCache(String mib, int rootsCached,
      @TempDir Path tmp) throws Exception {
    Main main = new Main(null);
    assertEquals(0, run(main, "--port", "0", "--data", tmp.toString(),
        "--descendant-cache-mib", mib));
    try {
      String url = out.toString().strip().substring("pedigree listening on ".length());
      Ed25519PrivateKey acme = TestKeys.of("acme");
      post(url, Entries.bind("acme", acme), acme);
      String root = post(url, Entries.release("acme/base", "1.0"), acme);
      post(url, Entries.derivation("acme/tuned", "1.0", Relation.FINETUNE, root), acme);

      JsonObject descendants = new JsonObject(send(url + "/v1/entries/" + root + "/descendants"));
      assertEquals(1, descendants.getLong("count"), descendants.encode());
      // With the cache the count kept the root's set; without it, nothing is kept.
      String metrics = send(url + "/metrics");
      assertTrue(metrics.contains("\npedigree_descendant_cache_roots " + rootsCached + ".0\n"),
          metrics);
      assertEquals(rootsCached == 0,
          metrics.contains("\npedigree_descendant_cache_bytes 0.0\n"), metrics);
    } finally {
      main.stop();
    }
  }

  @Test
  void call_descendantCacheMibOutOfRange_exitsTwo(@TempDir Path tmp) {
    int code = run(new Main(null), "--descendant-cache-mib", "2049", "--data", tmp.toString());
    assertEquals(2, code);
    assertEquals("pedigree-server: invalid --descendant-cache-mib: got 2049, want an integer in"
        + " [0, 2048]" + System.lineSeparator(), err.toString());
  }

  private static String post(String url, Statement statement, Ed25519PrivateKey key)
      throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "/v1/entries"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Envelopes.sign(statement, key)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response.body());
    return new JsonObject(response.body()).getString("id");
  }

  private static String send(String uri) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
