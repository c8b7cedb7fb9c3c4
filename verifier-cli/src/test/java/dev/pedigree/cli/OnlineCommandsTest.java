package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.Merkle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client side of the online helpers against a stand-in of the A8 endpoints (the JDK's HTTP
 * server over a {@link TestLog}); the end-to-end test against the real server is the API module's.
 */
class OnlineCommandsTest {
  @TempDir Path tmp;
  Publication p;
  HttpServer server;
  String url;
  final List<String> ids = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    p = new Publication(tmp);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/entries", this::entries);
    server.createContext(
        "/v1/search",
        x ->
            answer(
                x,
                200,
                "application/json",
                "{\"entries\": [{\"id\": \""
                    + "a".repeat(64)
                    + "\", \"name\": \"acme/base\", \"version\": \"1.0\", \"path\":"
                    + " \"config.json\"}], \"next\": \"c2\"}"));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void entries(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    try {
      if (x.getRequestMethod().equals("POST")) {
        byte[] body = x.getRequestBody().readAllBytes();
        String id = dev.pedigree.ledger.intake.Submission.parse(body).id();
        if (ids.contains(id)) {
          answer(
              x,
              409,
              "application/problem+json",
              "{\"type\": \"https://pedigree.dev/problems/name-taken\", \"title\": \"Name taken\","
                  + " \"status\": 409, \"detail\": \"acme/base@1.0 is registered\", \"field\":"
                  + " \"/predicate/model/name\"}");
          return;
        }
        long index = p.log.append(body);
        ids.add(id);
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("id", id)
            .put("index", index)
            .put("leafHash", Bytes.copyOf(Merkle.leafHash(p.log.leaves().get((int) index))).hex());
        a.set(
            "bundle",
            Json.mapper()
                .readTree(
                    p.log.bundle(index, index == 0 ? List.of() : List.of(0L), List.of()).format()));
        answer(x, 201, "application/json", a.toString());
      } else if (path.endsWith("/bundle")) {
        String id = path.split("/")[3];
        int index = ids.indexOf(id);
        if (index < 0) {
          answer(
              x,
              404,
              "application/problem+json",
              "{\"type\": \"https://pedigree.dev/problems/not-found\", \"title\": \"Not found\","
                  + " \"status\": 404, \"detail\": \"entry "
                  + id
                  + "\"}");
          return;
        }
        answer(x, 200, "application/json", p.log.bundle(index, List.of(0L), List.of()).format());
      } else {
        answer(x, 404, "text/plain", "no");
      }
    } catch (Exception e) {
      answer(x, 500, "text/plain", e.toString());
    }
  }

  private static void answer(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  /** Submits the release of acme/base@1.0; its id. */
  String release(String... extra) {
    Run r = Run.of(submitted(p.releaseArgs("acme/base", "1.0", "Apache-2.0", extra)));
    assertEquals(0, r.exit(), r.err());
    return r.out().strip();
  }

  /** {@code args} then {@code --submit --server URL}. */
  String[] submitted(String[] args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--submit", "--server", url));
    return all.toArray(String[]::new);
  }

  @Test
  void submit_savesBundleThatVerifiesOffline() throws Exception {
    Run key = Run.of(submitted(p.bindArgs()));
    assertEquals(0, key.exit(), key.err());
    assertEquals("submitted: index 0\n", key.err());
    Path bundle = tmp.resolve("b.json");
    String id = release("--bundle-out", bundle.toString());
    assertEquals(ids.get(1), id);
    Path trust = p.trust();
    Run r =
        Run.of(
            "verify",
            p.model.toString(),
            "--bundle",
            bundle.toString(),
            "--trust",
            trust.toString());
    assertEquals(0, r.exit(), r.out());
  }

  @Test
  void submit_problemAnswer_exit2OneLine() throws Exception {
    Run.of(submitted(p.bindArgs()));
    release();
    Run again = Run.of(submitted(p.releaseArgs("acme/base", "1.0", "Apache-2.0")));
    assertEquals(2, again.exit());
    assertEquals(
        "pedigree: POST /v1/entries: 409 name-taken: acme/base@1.0 is registered (at"
            + " /predicate/model/name)\n",
        again.err());
  }

  @Test
  void bundle_savedVerbatimOrNotFound() throws Exception {
    Run.of(submitted(p.bindArgs()));
    String id = release();
    Path out = tmp.resolve("saved.json");
    Run r = Run.of("bundle", id, "--server", url, "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(p.log.bundle(1, List.of(0L), List.of()).format(), Files.readString(out));
    String missing = Sha256.hex(new byte[0]);
    Run none = Run.of("bundle", missing, "--server", url);
    assertEquals(2, none.exit());
    assertEquals(
        "pedigree: GET /v1/entries/" + missing + "/bundle: 404 not-found: entry " + missing + "\n",
        none.err());
  }

  @Test
  void search_printsEntriesAndNextCursor() {
    Run r = Run.of("search", "--sha256", "b".repeat(64), "--server", url);
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "acme/base@1.0  config.json  " + "a".repeat(64) + "\n1 entry\nmore: --cursor c2\n",
        r.out());
    Run bad = Run.of("search", "--sha256", "XYZ", "--server", url);
    assertEquals(2, bad.exit());
    assertEquals("pedigree: --sha256 XYZ: want 64 lowercase hex digits\n", bad.err());
  }
}
