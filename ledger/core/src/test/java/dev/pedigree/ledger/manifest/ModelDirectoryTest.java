package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelDirectoryTest {
  // Read from the source tree: Maven's resource copy leaves out .gitignore and .gitattributes,
  // which these tests need present to show that they are ignored.
  static final Path TESTDATA = Path.of("src/test/resources/testdata");
  static final Path OMS_MODEL = TESTDATA.resolve("oms/model");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void hash_omsModel_equalsOmsExpected(int threads) throws Exception {
    JsonNode expected = Json.mapper().readTree(TESTDATA.resolve("oms/expected.json").toFile());
    Manifest m = ModelDirectory.hash(OMS_MODEL, HashOptions.defaults().withThreads(threads));

    List<String> want = new ArrayList<>();
    for (JsonNode f : expected.get("files_in_manifest_order")) {
      want.add(f.get("path").asText() + " " + f.get("sha256").asText());
    }
    List<String> got = m.files().stream().map(f -> f.path() + " " + f.sha256().hex()).toList();
    assertEquals(want, got);
    assertEquals(expected.get("manifestDigest").asText(), m.digest().hex());
  }

  @Test
  void hash_omsModel_sizesAreFileSizes() throws Exception {
    Manifest m = ModelDirectory.hash(OMS_MODEL, HashOptions.defaults());
    for (ManifestFile f : m.files()) {
      assertEquals(Files.size(OMS_MODEL.resolve(f.path())), f.size(), f.path());
    }
  }

  @Test
  void hash_gitFolderAdded_sameDigest() throws Exception {
    Path copy = copyTree(OMS_MODEL, tmp.resolve("model"));
    Files.createDirectories(copy.resolve(".git/objects"));
    Files.writeString(copy.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(copy.resolve(".git/objects/ab"), "x");
    String want = ModelDirectory.hash(OMS_MODEL, HashOptions.defaults()).digest().hex();
    assertEquals(want, ModelDirectory.hash(copy, HashOptions.defaults()).digest().hex());
  }

  @Test
  void hash_gitNamesBelowRoot_areHashed() throws Exception {
    Files.createDirectories(tmp.resolve("sub/.git"));
    Files.writeString(tmp.resolve("sub/.git/x"), "1");
    Files.writeString(tmp.resolve("sub/.gitignore"), "2");
    List<String> paths =
        ModelDirectory.hash(tmp, HashOptions.defaults()).files().stream()
            .map(ManifestFile::path)
            .toList();
    assertEquals(List.of("sub/.git/x", "sub/.gitignore"), paths);
  }

  @Test
  void hash_goldenModelBase_equalsGoldenManifestDigest() throws Exception {
    JsonNode expected = Json.mapper().readTree(TESTDATA.resolve("golden/expected.json").toFile());
    Manifest m = ModelDirectory.hash(TESTDATA.resolve("golden/model-base-1.0"), HashOptions.defaults());
    assertEquals(expected.get("manifestDigest(model-base-1.0)").asText(), m.digest().hex());
    assertEquals(
        List.of("config.json", "model.safetensors", "tokenizer/tokenizer.json", "tokenizer.json"),
        m.files().stream().map(ManifestFile::path).toList());
  }

  @Test
  void hash_ignorePaths_leftOut() throws Exception {
    Path copy = copyTree(OMS_MODEL, tmp.resolve("model"));
    Manifest m =
        ModelDirectory.hash(copy, HashOptions.defaults().withIgnore(List.of("tokenizer/", "./a.txt")));
    assertEquals(
        List.of("a/x", "a-b/x", "config.json", "model.safetensors", "tokenizer.json"),
        m.files().stream().map(ManifestFile::path).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/abs", "..", "../x", "a/../b"})
  void hash_ignorePathOutside_refused(String ignore) {
    ModelDirectoryException e =
        assertThrows(
            ModelDirectoryException.class,
            () -> ModelDirectory.hash(tmp, HashOptions.defaults().withIgnore(List.of(ignore))));
    assertEquals(
        "ignore path \"" + ignore + "\" is not a path inside the model directory", e.getMessage());
  }

  @Test
  void hash_symlink_refusedByDefault() throws Exception {
    Files.writeString(tmp.resolve("real.bin"), "weights");
    Files.createSymbolicLink(tmp.resolve("link.bin"), tmp.resolve("real.bin"));
    ModelDirectoryException e =
        assertThrows(ModelDirectoryException.class, () -> ModelDirectory.hash(tmp, HashOptions.defaults()));
    assertEquals(
        "path \"link.bin\" is a symlink: refused unless symlinks are allowed", e.getMessage());
  }

  @Test
  void hash_symlinkAllowed_hashesTarget() throws Exception {
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.writeString(outside.resolve("real.bin"), "weights");
    Path model = Files.createDirectory(tmp.resolve("model"));
    Files.createSymbolicLink(model.resolve("link.bin"), outside.resolve("real.bin"));
    Manifest m = ModelDirectory.hash(model, HashOptions.defaults().withSymlinksAllowed(true));
    byte[] content = "weights".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of(new ManifestFile("link.bin", content.length, Bytes.copyOf(Sha256.hash(content)))),
        m.files());
  }

  @Test
  void hash_brokenSymlinkAllowed_refused() throws Exception {
    Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
    ModelDirectoryException e =
        assertThrows(
            ModelDirectoryException.class,
            () -> ModelDirectory.hash(tmp, HashOptions.defaults().withSymlinksAllowed(true)));
    assertEquals("symlink \"dangling\" points to nothing", e.getMessage());
  }

  @Test
  void hash_symlinkToDirectoryAllowed_refused() throws Exception {
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Path model = Files.createDirectory(tmp.resolve("model"));
    Files.createSymbolicLink(model.resolve("sub"), outside);
    ModelDirectoryException e =
        assertThrows(
            ModelDirectoryException.class,
            () -> ModelDirectory.hash(model, HashOptions.defaults().withSymlinksAllowed(true)));
    assertEquals(
        "symlink \"sub\" points to a directory or special file: refused", e.getMessage());
  }

  @Test
  void hash_fifo_refused() throws Exception {
    Path fifo = tmp.resolve("pipe");
    int rc;
    try {
      rc = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      rc = -1;
    }
    assumeTrue(rc == 0, "mkfifo is not available");
    ModelDirectoryException e =
        assertThrows(
            ModelDirectoryException.class,
            () -> ModelDirectory.hash(tmp, HashOptions.defaults().withSymlinksAllowed(true)));
    assertEquals(
        "path \"pipe\" is not a regular file (a FIFO, socket or device): refused", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b", "back\\slash", "tab\there", "e\u0301"})
  void hash_nameAStatementCannotCarry_refusedNamingIt(String name) throws Exception {
    // Non-ASCII file names reach the JVM intact only under a UTF-8 locale.
    assumeTrue(
        name.chars().allMatch(c -> c < 0x80)
            || "UTF-8".equals(System.getProperty("sun.jnu.encoding")));
    Files.writeString(tmp.resolve("ok.txt"), "fine");
    Files.createDirectory(tmp.resolve("sub"));
    Files.writeString(tmp.resolve("sub").resolve(name), "x");
    ModelDirectoryException e =
        assertThrows(ModelDirectoryException.class, () -> ModelDirectory.hash(tmp, HashOptions.defaults()));
    assertEquals(
        true, e.getMessage().startsWith("path " + FileNames.quote("sub/" + name) + " "), e.getMessage());
  }

  @Test
  void hash_missingDirectory_refused() {
    Path missing = tmp.resolve("nope");
    ModelDirectoryException e =
        assertThrows(ModelDirectoryException.class, () -> ModelDirectory.hash(missing, HashOptions.defaults()));
    assertEquals(missing + ": no such directory", e.getMessage());
  }

  @Test
  void hash_regularFileGiven_refused() throws Exception {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    ModelDirectoryException e =
        assertThrows(ModelDirectoryException.class, () -> ModelDirectory.hash(file, HashOptions.defaults()));
    assertEquals(file + " is not a directory", e.getMessage());
  }

  @Test
  void hash_tooManyFiles_refusedBeforeHashing() throws Exception {
    for (int i = 0; i <= Manifest.MAX_FILES; i++) {
      Files.createFile(tmp.resolve("f" + i));
    }
    AtomicLong started = new AtomicLong();
    HashProgress p =
        new HashProgress() {
          @Override
          public void started(int files, long totalBytes) {
            started.incrementAndGet();
          }
        };
    ModelDirectoryException e =
        assertThrows(
            ModelDirectoryException.class,
            () -> ModelDirectory.hash(tmp, HashOptions.defaults().withProgress(p)));
    assertEquals(tmp + " has more than 4096 files, the most a manifest holds", e.getMessage());
    assertEquals(0, started.get());
  }

  @Test
  void hash_emptyDirectory_digestOfNothing() throws Exception {
    Manifest m = ModelDirectory.hash(tmp, HashOptions.defaults());
    assertEquals(List.of(), m.files());
    assertEquals(Bytes.copyOf(Sha256.hash()), m.digest());
  }

  @Test
  void hash_progress_countsEveryByte() throws Exception {
    byte[] big = new byte[(5 << 20) + 17]; // several reads, and a progress report mid-file
    new java.util.Random(7).nextBytes(big);
    Files.write(tmp.resolve("big.bin"), big);
    Files.writeString(tmp.resolve("small.txt"), "abc");
    AtomicLong total = new AtomicLong(-1);
    AtomicLong done = new AtomicLong();
    HashProgress p =
        new HashProgress() {
          @Override
          public void started(int files, long totalBytes) {
            total.set(totalBytes);
          }

          @Override
          public void hashed(long bytes) {
            done.addAndGet(bytes);
          }
        };
    Manifest m = ModelDirectory.hash(tmp, HashOptions.defaults().withThreads(2).withProgress(p));
    assertEquals(big.length + 3L, total.get());
    assertEquals(big.length + 3L, done.get());
    assertEquals(Sha256.hex(big), m.files().get(0).sha256().hex());
  }

  static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(
          p -> {
            try {
              Files.copy(p, to.resolve(from.relativize(p).toString()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return to;
  }
}
