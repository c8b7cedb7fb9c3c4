package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A namespace {@code acme} bound and a multi-file model released through the real commands ({@code
 * key}, {@code release}), their envelopes taken by a {@link TestLog}; the bundle and trust files
 * written next to them.
 */
final class Publication {
  final Path dir;
  final Path model;
  final Path key;
  final Path pub;
  final TestLog log = new TestLog();
  String keyEntry;
  String release;

  Publication(Path dir) throws Exception {
    this.dir = dir;
    Ed25519PrivateKey a = TestKeys.of("acme-a");
    key = dir.resolve("acme.key");
    pub = dir.resolve("acme.pub");
    KeyFiles.writePrivateKey(key, a, false);
    KeyFiles.writePublicKey(pub, a.publicKey(), false);
    model = Files.createDirectories(dir.resolve("model"));
    Files.writeString(model.resolve("config.json"), "{\"layers\": 2}\n");
    Files.write(model.resolve("model.safetensors"), bytes(4096, 7));
    Files.createDirectories(model.resolve("tokenizer"));
    Files.writeString(model.resolve("tokenizer/vocab.json"), "{\"a\": 0}\n");
    Files.writeString(model.resolve("tokenizer.json"), "{}\n");
  }

  /** Binds acme (index 0) and releases acme/base@1.0 (index 1). */
  Publication publish() throws Exception {
    keyEntry = submit(bindArgs());
    release = submit(releaseArgs("acme/base", "1.0", "Apache-2.0"));
    return this;
  }

  /** {@code key --namespace acme --add PUB --key KEY}: binds acme to the publisher's key. */
  String[] bindArgs(String... extra) {
    return with(extra, "key", "--namespace", "acme", "--add", pub.toString(), "--key",
        key.toString());
  }

  /** {@code release MODEL --name NAME --version VERSION --license LICENSE --key KEY}. */
  String[] releaseArgs(String name, String version, String license, String... extra) {
    return with(extra, "release", model.toString(), "--name", name, "--version", version,
        "--license", license, "--key", key.toString());
  }

  private static String[] with(String[] extra, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(Arrays.asList(extra));
    return all.toArray(String[]::new);
  }

  /** Changes config.json and registers it as acme/base@1.1, a new version of the release. */
  String modify() throws Exception {
    Files.writeString(model.resolve("config.json"), "{\"layers\": 3}\n");
    return submit(
        "modify",
        model.toString(),
        "--parent",
        release,
        "--name",
        "acme/base",
        "--version",
        "1.1",
        "--license",
        "Apache-2.0",
        "--key",
        key.toString());
  }

  /** Revokes the release as superseded, low severity. */
  String revokeRelease() throws Exception {
    return submit(
        "revoke",
        "--target",
        release,
        "--reason",
        "superseded",
        "--severity",
        "low",
        "--key",
        key.toString());
  }

  /** Runs an entry-making command with {@code --out}, appends the envelope; the entry id. */
  String submit(String... args) throws Exception {
    Path out = Files.createTempFile(dir, "envelope", ".json");
    Files.delete(out);
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--out", out.toString()));
    Run r = Run.of(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    String id = r.out().strip();
    log.append(Files.readAllBytes(out));
    return id;
  }

  Path trust() throws Exception {
    return TestLog.write(dir.resolve("log.vkey"), log.vkey());
  }

  /** The bundle of the release with acme's key entry, written to a file. */
  Path bundle() throws Exception {
    return TestLog.write(
        dir.resolve("bundle.json"), log.bundle(1, List.of(0L), List.of()).format());
  }

  static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + seed);
    }
    return b;
  }
}
