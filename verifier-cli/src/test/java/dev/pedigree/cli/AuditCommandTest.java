package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path tmp;
  Publication p;
  Path checkpoint;

  @BeforeEach
  void publish() throws Exception {
    p = new Publication(tmp).publish();
    p.modify();
    p.revokeRelease();
    checkpoint = TestLog.write(tmp.resolve("checkpoint.txt"), p.log.checkpoint());
  }

  Run audit(byte[] export, String... extra) throws Exception {
    Path file = Files.write(tmp.resolve("export.jsonl"), export);
    String[] base = {
      "audit",
      file.toString(),
      "--checkpoint",
      checkpoint.toString(),
      "--trust",
      p.trust().toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Run.of(all);
  }

  static String last(Run r) {
    List<String> lines = r.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void audit_wholeLog_exit0() throws Exception {
    Run r = audit(p.log.export());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("ok           chain: 4 records link from index 0"), r.out());
    assertTrue(last(r).startsWith("VERIFIED: export "), last(r));
  }

  @Test
  void audit_leafAltered_exit1FirstBadIndex() throws Exception {
    List<byte[]> leaves = p.log.leaves();
    String leaf2 =
        new String(leaves.get(2), StandardCharsets.UTF_8).replace("12:00:02.000Z", "12:00:02.500Z");
    Run r =
        audit(
            join(
                leaves.get(0),
                leaves.get(1),
                leaf2.getBytes(StandardCharsets.UTF_8),
                leaves.get(3)));
    assertEquals(1, r.exit(), r.out());
    assertTrue(last(r).contains(": chain: "), last(r));
    assertTrue(last(r).contains("3"), last(r));
  }

  @Test
  void audit_lineTooLong_exit1() throws Exception {
    byte[] huge = new byte[70_000];
    java.util.Arrays.fill(huge, (byte) 'x');
    List<byte[]> leaves = p.log.leaves();
    Run r = audit(join(leaves.get(0), huge, leaves.get(2), leaves.get(3)));
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        last(r).endsWith(": export-line: leaf 1 is longer than 65535 bytes (DESIGN A3)"), last(r));
  }

  @Test
  void audit_exportCutInsideALeaf_exit1() throws Exception {
    byte[] export = p.log.export();
    byte[] cut = java.util.Arrays.copyOf(export, export.length - 10);
    Run r = audit(cut);
    assertEquals(1, r.exit(), r.out());
    assertTrue(last(r).contains(": export-line: export ends inside leaf 3 ("), last(r));
  }

  @Test
  void audit_exportShort_exit1() throws Exception {
    List<byte[]> leaves = p.log.leaves();
    Run r = audit(join(leaves.get(0), leaves.get(1)));
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        last(r).endsWith(": export-length: export ends after 2 leaves, the checkpoint has 4"),
        last(r));
  }

  @Test
  void audit_checkpointByAnotherKey_exit1Json() throws Exception {
    checkpoint =
        TestLog.write(tmp.resolve("forged.txt"), new TestLog(TestKeys.of("mallory")).checkpoint());
    Run r = audit(p.log.export(), "--json");
    assertEquals(1, r.exit(), r.out());
    JsonNode report = Json.mapper().readTree(r.out());
    assertEquals("checkpoint", report.get("firstFailure").get("name").asText());
  }

  @Test
  void audit_terminal_progressOnStderr() throws Exception {
    Path file = Files.write(tmp.resolve("export.jsonl"), p.log.export());
    Run r =
        Run.of(
            new Terminal(false, true, false),
            "audit",
            file.toString(),
            "--checkpoint",
            checkpoint.toString(),
            "--trust",
            p.trust().toString());
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.err().contains("audit"), r.err());
  }

  @Test
  void audit_missingExport_exit2() throws Exception {
    Path missing = tmp.resolve("none.jsonl");
    Run r =
        Run.of(
            "audit",
            missing.toString(),
            "--checkpoint",
            checkpoint.toString(),
            "--trust",
            p.trust().toString());
    assertEquals(2, r.exit());
    assertEquals("pedigree: " + missing + ": no such file\n", r.err());
  }

  private static byte[] join(byte[]... leaves) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] l : leaves) {
      out.writeBytes(l);
      out.write('\n');
    }
    return out.toByteArray();
  }
}
