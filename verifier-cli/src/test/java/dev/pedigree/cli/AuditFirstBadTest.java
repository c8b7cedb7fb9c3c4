package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An export with two faults, audited by the real command: the first in index order is reported,
 * whichever the workers meet first, within one batch of leaves, across batches and across the
 * window of leaves in flight.
 */
class AuditFirstBadTest {
  /** More leaves than the audit keeps in flight (4,096), so faults can lie a window apart. */
  private static final int ENTRIES = 4700;

  @TempDir static Path dir;
  static List<byte[]> leaves;

  @BeforeAll
  static void generate() throws Exception {
    ExportGenerator.main(new String[] {Integer.toString(ENTRIES), dir.toString()});
    leaves = new ArrayList<>();
    for (String line : Files.readString(dir.resolve("export.jsonl")).split("\n")) {
      leaves.add(line.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One base64 digit of the leaf's signature changed: the leaf, and the next one's link, break. */
  private static byte[] badSignature(byte[] leaf) {
    byte[] bad = leaf.clone();
    int at = new String(bad, StandardCharsets.UTF_8).indexOf("\"sig\":\"") + 10;
    bad[at] = (byte) (bad[at] == 'A' ? 'B' : 'A');
    return bad;
  }

  /**
   * The export with each fault applied at its index, highest index first so that indexes stay
   * those of the original: {@code sig} a bad signature, {@code drop} the leaf removed (the chain
   * breaks there), {@code empty} an empty line put before it.
   */
  private static byte[] export(String fault1, int at1, String fault2, int at2) {
    List<byte[]> out = new ArrayList<>(leaves);
    boolean firstHigher = at1 > at2;
    apply(out, firstHigher ? fault1 : fault2, Math.max(at1, at2));
    apply(out, firstHigher ? fault2 : fault1, Math.min(at1, at2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] leaf : out) {
      bytes.writeBytes(leaf);
      bytes.write('\n');
    }
    return bytes.toByteArray();
  }

  private static void apply(List<byte[]> out, String fault, int at) {
    switch (fault) {
      case "sig" -> out.set(at, badSignature(out.get(at)));
      case "drop" -> out.remove(at);
      case "empty" -> out.add(at, new byte[0]);
      default -> throw new IllegalArgumentException(fault);
    }
  }

  private static String expected(String fault, int at) {
    return switch (fault) {
      case "sig" -> "entries record " + at + ": bad-signature at /signatures/0/sig";
      case "drop" -> "chain record " + at + ": record says index " + (at + 1) + ", want " + at;
      default -> "export-line leaf " + at + " is an empty line";
    };
  }

  @ParameterizedTest
  @CsvSource({
    "sig, 10, drop, 20",
    "drop, 10, sig, 20",
    "sig, 63, drop, 64",
    "drop, 65, sig, 70",
    "sig, 100, drop, 4600",
    "drop, 100, sig, 4600",
    "sig, 4500, empty, 4600",
    "empty, 30, sig, 4500",
    "sig, 29, empty, 30"
  })
  void audit_twoFaults_firstInIndexOrderReported(String fault1, int at1, String fault2, int at2)
      throws Exception {
    Path export = Files.write(dir.resolve("faulty.jsonl"), export(fault1, at1, fault2, at2));
    Run r =
        Run.of(
            "audit",
            export.toString(),
            "--checkpoint",
            dir.resolve("checkpoint.txt").toString(),
            "--trust",
            dir.resolve("log.vkey").toString(),
            "--json");
    assertEquals(1, r.exit(), r.out() + r.err());
    JsonNode first = Json.mapper().readTree(r.out()).get("firstFailure");
    String got = first.get("name").asText() + " " + first.get("detail").asText();
    String want = expected(at1 < at2 ? fault1 : fault2, Math.min(at1, at2));
    assertTrue(got.startsWith(want), got + "\nwant " + want);
  }
}
