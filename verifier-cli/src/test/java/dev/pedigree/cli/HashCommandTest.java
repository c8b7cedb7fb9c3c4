package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashCommandTest {
  // The outside vectors, read in place: Maven's resource copy drops .gitignore and .gitattributes.
  static final Path TESTDATA = Path.of("../ledger/core/src/test/resources/testdata");
  static final Path OMS_MODEL = TESTDATA.resolve("oms/model");

  @TempDir Path tmp;

  @Test
  void hash_json_exactlyTheOmsAnswer() throws Exception {
    Run r = Run.of("hash", OMS_MODEL.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    JsonNode got = Json.mapper().readTree(r.out());
    JsonNode want = Json.mapper().readTree(TESTDATA.resolve("oms/expected.json").toFile());

    assertEquals(List.of("files", "manifestDigest"), names(got));
    List<String> gotFiles = new ArrayList<>();
    for (JsonNode f : got.get("files")) {
      assertEquals(List.of("path", "size", "sha256"), names(f));
      assertEquals(Files.size(OMS_MODEL.resolve(f.get("path").asText())), f.get("size").asLong());
      gotFiles.add(f.get("path").asText() + " " + f.get("sha256").asText());
    }
    List<String> wantFiles = new ArrayList<>();
    for (JsonNode f : want.get("files_in_manifest_order")) {
      wantFiles.add(f.get("path").asText() + " " + f.get("sha256").asText());
    }
    assertEquals(wantFiles, gotFiles);
    assertEquals(want.get("manifestDigest").asText(), got.get("manifestDigest").asText());
  }

  @Test
  void hash_golden_manifestDigestAsExpected() throws Exception {
    JsonNode want = Json.mapper().readTree(TESTDATA.resolve("golden/expected.json").toFile());
    Run r = Run.of("hash", "--json", "--threads", "1", TESTDATA.resolve("golden/model-base-1.0").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        want.get("manifestDigest(model-base-1.0)").asText(),
        Json.mapper().readTree(r.out()).get("manifestDigest").asText());
  }

  @Test
  void hash_human_tableThenDigest() throws Exception {
    Files.writeString(tmp.resolve("b.txt"), "abc");
    Files.createDirectory(tmp.resolve("a"));
    Files.writeString(tmp.resolve("a/x"), "");
    Run r = Run.of("hash", tmp.toString());
    assertEquals(0, r.exit(), r.err());
    String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    String empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    // DESIGN A4: SHA-256 over the raw file digests in manifest order.
    String digest = Sha256.hex(Hex.decode(empty + abc));
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "SIZE  SHA-256                                                           PATH", lines.get(0));
    assertEquals("   0  " + empty + "  a/x", lines.get(1));
    assertEquals("   3  " + abc + "  b.txt", lines.get(2));
    assertEquals("2 files, 3 bytes", lines.get(3));
    assertEquals("manifest digest " + digest, lines.get(4));
    assertEquals(5, lines.size());
    assertFalse(r.out().contains("\u001b"), "no colour when not on a terminal");
  }

  @Test
  void hash_terminal_colourUnlessNoColor() {
    Run coloured = Run.of(new Terminal(true, false, false), "hash", OMS_MODEL.toString());
    assertTrue(coloured.out().contains("\u001b[1;32m"), coloured.out());
    Run plain = Run.of(new Terminal(true, false, true), "hash", OMS_MODEL.toString());
    assertFalse(plain.out().contains("\u001b"), plain.out());
    Run json = Run.of(new Terminal(true, false, false), "hash", "--json", OMS_MODEL.toString());
    assertFalse(json.out().contains("\u001b"), json.out());
  }

  @Test
  void hash_stderrTerminal_drawsProgressOnStderrOnly() throws Exception {
    Run r = Run.of(new Terminal(false, true, false), "hash", "--json", OMS_MODEL.toString());
    assertEquals(0, r.exit());
    assertTrue(r.err().contains("hash 7 files"), r.err());
    Json.mapper().readTree(r.out()); // stdout stays pure JSON
  }

  @Test
  void hash_missingDirectory_exit2OneLine() {
    Path missing = tmp.resolve("nope");
    Run r = Run.of("hash", missing.toString());
    assertEquals(2, r.exit());
    assertEquals("pedigree: " + missing + ": no such directory\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void hash_symlink_exit2UnlessAllowed() throws Exception {
    Files.writeString(tmp.resolve("real"), "x");
    Path model = Files.createDirectory(tmp.resolve("m"));
    Files.createSymbolicLink(model.resolve("link"), tmp.resolve("real"));
    Run refused = Run.of("hash", model.toString());
    assertEquals(2, refused.exit());
    assertEquals(
        "pedigree: path \"link\" is a symlink: refused unless symlinks are allowed\n",
        refused.err());
    Run allowed = Run.of("hash", "--allow-symlinks", "--json", model.toString());
    assertEquals(0, allowed.exit(), allowed.err());
    assertEquals(
        "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
        Json.mapper().readTree(allowed.out()).get("files").get(0).get("sha256").asText());
  }

  @Test
  void hash_ignoreRelativeAndAbsolute_leftOut() throws Exception {
    Files.writeString(tmp.resolve("keep"), "1");
    Files.writeString(tmp.resolve("drop1"), "2");
    Files.createDirectory(tmp.resolve("drop2"));
    Files.writeString(tmp.resolve("drop2/x"), "3");
    Run r =
        Run.of("hash", "--json", tmp.toString(), "--ignore", "drop1",
            "--ignore", tmp.resolve("drop2").toAbsolutePath().toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode files = Json.mapper().readTree(r.out()).get("files");
    assertEquals(1, files.size());
    assertEquals("keep", files.get(0).get("path").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--no-such-option", "--threads=0", "--threads=x"})
  void hash_badOption_exit2(String option) {
    Run r = Run.of("hash", OMS_MODEL.toString(), option);
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("pedigree: "), r.err());
    assertTrue(r.err().contains("Try 'pedigree hash --help'"), r.err());
  }

  @Test
  void hash_noDirectory_exit2() {
    Run r = Run.of("hash");
    assertEquals(2, r.exit());
    assertEquals(
        "pedigree: Missing required parameter: 'DIR'\n"
            + "Try 'pedigree hash --help' for more information.\n",
        r.err());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
