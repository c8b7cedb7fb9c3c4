package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.json.Json;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyCommandTest {
  static final Path GOLDEN = GoldenVerifyTest.GOLDEN;

  @TempDir Path tmp;
  Publication p;
  Path old;

  @BeforeEach
  void publish() throws Exception {
    p = new Publication(tmp).publish();
    old = TestLog.write(tmp.resolve("old.txt"), p.log.checkpoint());
    p.modify();
    p.revokeRelease();
  }

  static String last(Run r) {
    List<String> lines = r.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void consistency_appendOnly_exit0() throws Exception {
    Path current = TestLog.write(tmp.resolve("new.txt"), p.log.checkpoint());
    Path proof = TestLog.write(tmp.resolve("proof.json"), p.log.consistencyJson(2));
    Run r = againstOld(current, "--proof", proof.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "ok           consistency: size 2 to 4: the newer tree extends the older one"),
        r.out());
  }

  @Test
  void consistency_rewrittenHistory_exit1() throws Exception {
    // The same log key signs a size-4 tree whose entry 1 differs: history rewritten.
    TestLog rewritten = new TestLog();
    List<byte[]> leaves = p.log.leaves();
    rewritten.append(envelopeOf(leaves.get(0)));
    Files.writeString(p.model.resolve("extra"), "x");
    rewritten.append(release("acme/base"));
    rewritten.append(release("acme/other"));
    rewritten.append(release("acme/third"));
    Path current = TestLog.write(tmp.resolve("new.txt"), rewritten.checkpoint());
    Path proof = TestLog.write(tmp.resolve("proof.json"), rewritten.consistencyJson(2));
    Run r = againstOld(current, "--proof", proof.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(last(r).contains(": consistency: size 2 to 4: "), last(r));
  }

  @Test
  void consistency_goldenProof4To9_exit0AndTruncatedExit1() throws Exception {
    JsonNode vector = Json.mapper().readTree(GOLDEN.resolve("consistency-4-9.json").toFile());
    // The golden log's TEST-ONLY seed (testdata/golden/keys.json, "log").
    Ed25519PrivateKey logKey =
        Ed25519PrivateKey.fromSeed(
            Hex.decode(
                Json.mapper()
                    .readTree(GOLDEN.resolve("keys.json").toFile())
                    .get("log")
                    .get("seedHex")
                    .asText()));
    String origin = "example.com/pedigree-golden";
    String four =
        Checkpoints.sign(
            Checkpoint.of(origin, 4, Bytes.fromHex(vector.get("fromRoot").asText())),
            NoteSigner.of(origin, logKey));
    Path oldCp = TestLog.write(tmp.resolve("cp4.txt"), four);
    String vkey = GOLDEN.resolve("log.vkey").toString();
    String nine = GOLDEN.resolve("checkpoint.txt").toString();
    Run r =
        Run.of(
            "consistency",
            oldCp.toString(),
            nine,
            "--trust",
            vkey,
            "--proof",
            GOLDEN.resolve("consistency-4-9.json").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    Path cut =
        TestLog.write(
            tmp.resolve("cut.json"),
            "{\"from\": 4, \"to\": 9, \"hashes\": [\""
                + vector.get("hashes").get(0).asText()
                + "\"]}");
    Run truncated =
        Run.of("consistency", oldCp.toString(), nine, "--trust", vkey, "--proof", cut.toString());
    assertEquals(1, truncated.exit(), truncated.out());
    assertTrue(last(truncated).contains(": consistency: size 4 to 9: "), last(truncated));
  }

  @Test
  void consistency_proofForOtherSizes_exit2OneLine() throws Exception {
    Path current = TestLog.write(tmp.resolve("new.txt"), p.log.checkpoint());
    Path proof = TestLog.write(tmp.resolve("proof.json"), p.log.consistencyJson(3));
    Run r = againstOld(current, "--proof", proof.toString());
    assertEquals(2, r.exit());
    assertEquals("pedigree: the proof is from size 3 to 4, want size 2 to 4\n", r.err());
  }

  @Test
  void consistency_serverDown_exit2OneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path current = TestLog.write(tmp.resolve("new.txt"), p.log.checkpoint());
    Run r = againstOld(current, "--server", "http://127.0.0.1:" + port);
    assertEquals(2, r.exit(), r.out());
    assertEquals(
        "pedigree: cannot connect to http://127.0.0.1:" + port + " (is the server running?)\n",
        r.err());
  }

  @Test
  void consistency_neitherProofNorServer_exit2() throws Exception {
    Run r = Run.of("consistency", old.toString(), old.toString(), "--trust", p.trust().toString());
    assertEquals(2, r.exit());
    assertTrue(
        r.err()
            .startsWith(
                "pedigree: Error: Missing required argument (specify one of these): (--proof=FILE"
                    + " | --server=URL)\n"),
        r.err());
  }

  /** {@code consistency OLD CURRENT --trust KEY OPTION VALUE}, OLD the size-2 checkpoint. */
  private Run againstOld(Path current, String option, String value) throws Exception {
    String trust = p.trust().toString();
    return Run.of(
        "consistency", old.toString(), current.toString(), "--trust", trust, option, value);
  }

  /** The envelope of a release 1.0 named {@code name} of the publication's model. */
  private byte[] release(String name) throws Exception {
    return envelope(p.releaseArgs(name, "1.0", "MIT"));
  }

  private byte[] envelope(String... args) throws Exception {
    Path out = tmp.resolve("env.json");
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString(), "--force"));
    Run r = Run.of(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return Files.readAllBytes(out);
  }

  /** The submitted envelope inside a leaf: its normalised JCS form, as stored. */
  private static byte[] envelopeOf(byte[] leaf) throws Exception {
    JsonNode record = Json.mapper().readTree(leaf);
    return dev.pedigree.ledger.json.Jcs.canonicalize(record.get("envelope"));
  }
}
