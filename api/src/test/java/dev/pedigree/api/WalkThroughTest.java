package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.cli.Main;
import dev.pedigree.cli.Terminal;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's walk-through, automated: the real {@code pedigree} command line against the real
 * server on a real port over RocksDB. The methods run in order on one log: publish and verify
 * first, then revoke, then rotate the namespace's key, then audit the whole log.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkThroughTest {
  private static final List<String> FILES =
      List.of("adapter_model.safetensors", "config.json", "model.safetensors",
          "tokenizer/vocab.json");

  private static TestServer server;
  private static Path work;
  private static String url;
  private static String keyEntry;
  private static String base;
  private static String med;
  private static Path medBundle;
  private static Path logKey;
  private static Path earlyCheckpoint;

  /** One run of the real command line, with what it wrote. */
  private record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    /** The id a signing command printed, alone on standard output. */
    String id() {
      assertEquals(0, exit, this::toString);
      String id = out.strip();
      assertTrue(id.matches("[0-9a-f]{64}"), this::toString);
      return id;
    }
  }

  private static Run pedigree(Object... args) {
    CommandLine cl = Main.commandLine(new Main(Terminal.NONE));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] text = Stream.of(args).map(String::valueOf).toArray(String[]::new);
    return new Run(cl.execute(text), out.toString(), err.toString());
  }

  /** Steps 1 to 6 of the walk-through: keys, a release, a fine-tune, its bundle, the log key. */
  @BeforeAll
  static void publish(Vertx vertx, @TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    server = TestServer.start(vertx, dir.resolve("data"));
    work = dir;
    url = "http://127.0.0.1:" + server.server.port();

    // 1. A key pair.
    Run keygen = pedigree("keygen", "--out", work.resolve("acme"));
    assertEquals(0, keygen.exit(), keygen::toString);
    assertTrue(Files.exists(work.resolve("acme.key")) && Files.exists(work.resolve("acme.pub")));

    // 2. Bind the namespace.
    keyEntry = pedigree("key", "--namespace", "acme", "--add", work.resolve("acme.pub"),
        "--key", work.resolve("acme.key"), "--submit", "--server", url).id();

    // 3. A model directory with a nested file, released.
    Path baseDir = work.resolve("demo/base");
    write(baseDir.resolve("config.json"), "{\"layers\": 2}\n");
    write(baseDir.resolve("tokenizer/vocab.json"), "{\"a\": 0}\n");
    Files.write(baseDir.resolve("model.safetensors"), random(1 << 20, 1));
    base = pedigree("release", baseDir, "--name", "acme/base", "--version", "1.0",
        "--license", "Apache-2.0", "--key", work.resolve("acme.key"),
        "--submit", "--server", url).id();

    // 4. A fine-tune of it.
    Path medDir = work.resolve("demo/med");
    copy(baseDir, medDir);
    Files.write(medDir.resolve("adapter_model.safetensors"), random(1 << 16, 2));
    med = pedigree("derive", medDir, "--name", "acme/base-med", "--version", "1.0",
        "--license", "Apache-2.0", "--parent", base, "--relation", "finetune",
        "--key", work.resolve("acme.key"), "--submit", "--server", url).id();

    // 6. The fine-tune's bundle and the log's verifier key.
    medBundle = work.resolve("med.bundle.json");
    Run bundle = pedigree("bundle", med, "--server", url, "--out", medBundle);
    assertEquals(0, bundle.exit(), bundle::toString);
    logKey = work.resolve("log.vkey");
    Files.writeString(logKey, get("/v1/log/key"));
    earlyCheckpoint = work.resolve("early.checkpoint");
    Files.writeString(earlyCheckpoint, get("/v1/log/checkpoint"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  @Order(1)
  void lineage_tree_showsBothModelsAndTheRelation() {
    Run tree = pedigree("lineage", base, "--server", url);

    assertEquals(0, tree.exit(), tree::toString);
    assertTrue(tree.out().contains("acme/base@1.0"), tree.out());
    assertTrue(tree.out().contains("acme/base-med@1.0"), tree.out());
    assertTrue(tree.out().contains("finetune → acme/base-med@1.0"), tree.out());
    assertTrue(tree.out().endsWith("1 descendant in all, each counted once (1 direct)\n"),
        tree.out());
  }

  @Test
  @Order(1)
  void lineage_json_holdsBothNodesAndTheEdge() throws Exception {
    Run json = pedigree("lineage", med, "--server", url, "--format", "json");

    assertEquals(0, json.exit(), json::toString);
    JsonNode graph = Json.mapper().readTree(json.out());
    List<String> ids = new ArrayList<>();
    graph.get("nodes").forEach(n -> ids.add(n.get("id").textValue()));
    assertTrue(ids.containsAll(List.of(base, med)), ids::toString);
    JsonNode edges = graph.get("edges");
    assertEquals(1, edges.size(), edges::toString);
    assertEquals(base, edges.get(0).get("from").textValue());
    assertEquals(med, edges.get(0).get("to").textValue());
    assertEquals("finetune", edges.get(0).get("relation").textValue());
  }

  @Test
  @Order(1)
  void verify_untouchedDirectory_exit0EveryFileOk() {
    Run r = verify(work.resolve("demo/med"), medBundle);

    assertEquals(0, r.exit(), r::toString);
    for (String file : FILES) {
      assertTrue(r.lines().stream().anyMatch(
          l -> l.startsWith("ok ") && l.contains("file " + file + ": ok sha256 ")), r.out());
    }
    assertFalse(r.out().contains("FAILED"), r.out());
    assertTrue(r.out().contains("not checked"), r.out());
    assertTrue(r.lines().get(r.lines().size() - 1)
        .startsWith("VERIFIED: entry " + med + " and " + work.resolve("demo/med")), r.out());
  }

  @Test
  @Order(1)
  void verify_oneByteChanged_exit1NamesTheFileModified() throws Exception {
    Path dir = work.resolve("tampered/modified");
    copy(work.resolve("demo/med"), dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("model.safetensors"));
    bytes[100] ^= 1;
    Files.write(dir.resolve("model.safetensors"), bytes);

    Run r = verify(dir, medBundle);

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.out().contains("FAILED       file model.safetensors: modified: sha256 "
        + Sha256.hex(bytes) + ", statement says "), r.out());
    assertTrue(r.lines().get(r.lines().size() - 1).startsWith(
        "FAILED: entry " + med + " and " + dir + ": file model.safetensors: modified"), r.out());
  }

  @Test
  @Order(1)
  void verify_fileRemoved_exit1NamesItMissing() throws Exception {
    Path dir = work.resolve("tampered/missing");
    copy(work.resolve("demo/med"), dir);
    Files.delete(dir.resolve("tokenizer/vocab.json"));

    Run r = verify(dir, medBundle);

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.out().contains("FAILED       file tokenizer/vocab.json: missing: statement says"
        + " sha256 " + Sha256.hex("{\"a\": 0}\n".getBytes(StandardCharsets.UTF_8))), r.out());
  }

  @Test
  @Order(1)
  void verify_fileAdded_exit1NamesItUnexpected() throws Exception {
    Path dir = work.resolve("tampered/unexpected");
    copy(work.resolve("demo/med"), dir);
    write(dir.resolve("notes.txt"), "extra\n");

    Run r = verify(dir, medBundle);

    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.out().contains("FAILED       file notes.txt: unexpected: not in the statement,"
        + " sha256 " + Sha256.hex("extra\n".getBytes(StandardCharsets.UTF_8))), r.out());
  }

  @Test
  @Order(1)
  void search_sha256OfASharedFile_findsBothEntries() throws Exception {
    String digest = Sha256.hex(Files.readAllBytes(work.resolve("demo/base/config.json")));

    Run r = pedigree("search", "--sha256", digest, "--server", url);

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("acme/base@1.0  config.json  " + base), r.out());
    assertTrue(r.out().contains("acme/base-med@1.0  config.json  " + med), r.out());
    assertTrue(r.out().contains("2 entries"), r.out());
  }

  @Test
  @Order(2)
  void revoke_fineTune_newBundleFailsUnlessAllowed() throws Exception {
    pedigree("revoke", "--target", med, "--reason", "safety",
        "--severity", "high", "--key", work.resolve("acme.key"),
        "--submit", "--server", url).id();
    Path revokedBundle = work.resolve("med-revoked.bundle.json");
    Run bundle = pedigree("bundle", med, "--server", url, "--out", revokedBundle);
    assertEquals(0, bundle.exit(), bundle::toString);
    assertEquals(1, Json.mapper().readTree(revokedBundle.toFile()).get("revocations").size());

    Run refused = verify(work.resolve("demo/med"), revokedBundle);
    Run allowed = verify(work.resolve("demo/med"), revokedBundle, "--allow-revoked");

    assertEquals(1, refused.exit(), refused::toString);
    assertTrue(refused.out().contains("FAILED       revoked: revoked by entry 3 (safety, high)"),
        refused.out());
    assertTrue(refused.lines().get(refused.lines().size() - 1).endsWith(
        ": revoked: revoked by entry 3 (safety, high)"), refused.out());
    assertEquals(0, allowed.exit(), allowed::toString);
    assertTrue(allowed.out().contains(
        "revoked: revoked by entry 3 (safety, high) (allowed: allow-revoked)"), allowed.out());
    assertTrue(pedigree("lineage", med, "--server", url).out().contains("REVOKED"));
  }

  @Test
  @Order(3)
  void rotateKey_newVersionWithNewKey_oldEntriesStillVerify() throws Exception {
    Path acmeKey = work.resolve("acme.key");
    Path newKey = work.resolve("new.key");
    assertEquals(0, pedigree("keygen", "--out", work.resolve("new")).exit());
    pedigree("key", "--namespace", "acme", "--previous", keyEntry,
        "--add", work.resolve("new.pub"), "--remove", work.resolve("acme.pub"),
        "--reason", "rotated", "--key", acmeKey, "--key", newKey,
        "--submit", "--server", url).id();

    Path v2 = work.resolve("demo/base2");
    copy(work.resolve("demo/base"), v2);
    write(v2.resolve("config.json"), "{\"layers\": 3}\n");
    String next = pedigree("modify", v2, "--parent", base, "--name", "acme/base",
        "--version", "2.0", "--license", "Apache-2.0", "--key", newKey,
        "--submit", "--server", url).id();
    Run oldKey = pedigree("release", v2, "--name", "acme/other", "--version", "1.0",
        "--license", "Apache-2.0", "--key", acmeKey, "--submit", "--server", url);
    Path baseBundle = work.resolve("base.bundle.json");
    assertEquals(0, pedigree("bundle", base, "--server", url, "--out", baseBundle).exit());
    Path nextBundle = work.resolve("base2.bundle.json");
    assertEquals(0, pedigree("bundle", next, "--server", url, "--out", nextBundle).exit());

    assertEquals(2, oldKey.exit(), oldKey::toString);
    assertTrue(oldKey.err().contains("403 key-not-bound"), oldKey.err());
    Run oldBundle = verify(work.resolve("demo/med"), medBundle);
    assertEquals(0, oldBundle.exit(), oldBundle::toString);
    Run rotatedSigner = verify(work.resolve("demo/base"), baseBundle);
    assertEquals(0, rotatedSigner.exit(), rotatedSigner::toString);
    Run newSigner = verify(v2, nextBundle);
    assertEquals(0, newSigner.exit(), newSigner::toString);
  }

  @Test
  @Order(4)
  void audit_wholeExportAgainstLatestCheckpoint_exit0() throws Exception {
    String note = get("/v1/log/checkpoint");
    long size = Long.parseLong(note.lines().skip(1).findFirst().orElseThrow());
    assertEquals(6, size, note); // key, release, derivation, revocation, key, modification
    Path checkpoint = work.resolve("latest.checkpoint");
    Files.writeString(checkpoint, note);
    Path export = work.resolve("export.jsonl");
    Files.writeString(export, get("/v1/log/export?from=0&to=" + size));

    Run r = pedigree("audit", export, "--checkpoint", checkpoint, "--trust", logKey);

    assertEquals(0, r.exit(), r::toString);
    assertFalse(r.out().contains("FAILED"), r.out());
  }

  @Test
  @Order(4)
  void consistency_earlyToLatestCheckpoint_exit0() throws Exception {
    Path latest = work.resolve("consistency-latest.checkpoint");
    Files.writeString(latest, get("/v1/log/checkpoint"));

    Run r = pedigree("consistency", earlyCheckpoint, latest, "--trust", logKey, "--server", url);

    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains(
        "consistency: size 3 to 6: the newer tree extends the older one"), r.out());
  }

  private static Run verify(Path dir, Path bundle, String... extra) {
    List<Object> args = new ArrayList<>(List.of("verify", dir, "--bundle", bundle,
        "--trust", logKey));
    args.addAll(List.of(extra));
    return pedigree(args.toArray());
  }

  private static String get(String uri) throws Exception {
    HttpResponse<Buffer> response = server.get(uri);
    assertEquals(200, response.statusCode(), response.bodyAsString());
    return response.bodyAsString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
