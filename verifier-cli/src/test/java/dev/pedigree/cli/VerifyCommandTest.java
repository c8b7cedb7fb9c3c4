package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pedigree verify} on a real model directory, from a bundle cut from a real log. */
class VerifyCommandTest {
  @TempDir Path tmp;
  Publication p;

  @BeforeEach
  void publish() throws Exception {
    p = new Publication(tmp).publish();
  }

  Run verify(Path bundle, Path trust, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                p.model.toString(),
                "--bundle",
                bundle.toString(),
                "--trust",
                trust.toString()));
    args.addAll(List.of(extra));
    return Run.of(args.toArray(String[]::new));
  }

  Run verify(String... extra) throws Exception {
    return verify(p.bundle(), p.trust(), extra);
  }

  /** The verdict line: the last of the human report. */
  static String verdict(Run r) {
    List<String> lines = r.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  String failed(String check) {
    return "FAILED: entry " + p.release + " and " + p.model + ": " + check;
  }

  @Test
  void verify_multiFileModel_exit0EveryFileOk() throws Exception {
    Run r = verify();
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.err());
    assertEquals(
        "VERIFIED: entry "
            + p.release
            + " and "
            + p.model
            + " (4 not checked: offline limits, see above)",
        verdict(r));
    for (String f :
        List.of("config.json", "model.safetensors", "tokenizer/vocab.json", "tokenizer.json")) {
      assertTrue(r.out().contains("ok           file " + f + ": ok sha256 "), r.out());
    }
    assertTrue(r.out().contains("not checked  freshness: "), r.out());
    assertTrue(r.out().contains("not checked  later-revocations: "), r.out());
  }

  @Test
  void verify_oneByteChanged_exit1NamesTheFile() throws Exception {
    Path f = p.model.resolve("model.safetensors");
    byte[] b = Files.readAllBytes(f);
    b[100] ^= 1;
    Files.write(f, b);
    Run r = verify();
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        verdict(r).startsWith(failed("file model.safetensors: modified: sha256 ")), verdict(r));
    assertTrue(r.out().contains("ok           file config.json: ok"), r.out());
  }

  @Test
  void verify_fileRemoved_exit1Missing() throws Exception {
    Files.delete(p.model.resolve("tokenizer/vocab.json"));
    Run r = verify();
    assertEquals(1, r.exit(), r.out());
    assertEquals(
        failed(
            "file tokenizer/vocab.json: missing: statement says sha256 "
                + "e3dc792d722c4dde5c4a0ab28c9d874e7092c5e4805fc3a2bf7d041fb107f9ef"),
        verdict(r));
  }

  @Test
  void verify_fileAdded_exit1Unexpected() throws Exception {
    Files.writeString(p.model.resolve("extra.bin"), "abc");
    Run r = verify();
    assertEquals(1, r.exit(), r.out());
    assertEquals(
        failed(
            "file extra.bin: unexpected: not in the statement, sha256 "
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        verdict(r));
  }

  @Test
  void verify_leafAltered_exit1InclusionFails() throws Exception {
    Bundle good = p.log.bundle(1, List.of(0L), List.of());
    String leaf = new String(good.entry().leaf().toByteArray(), StandardCharsets.UTF_8);
    byte[] altered =
        leaf.replace("12:00:01.000Z", "12:00:01.001Z").getBytes(StandardCharsets.UTF_8);
    Bundle bad =
        new Bundle(
            new BundleItem(Bytes.copyOf(altered), good.entry().proof()), good.keys(), List.of());
    Run r = verify(write(bad), p.trust());
    assertEquals(1, r.exit(), r.out());
    assertTrue(verdict(r).startsWith(failed("inclusion entry: ")), verdict(r));
  }

  @Test
  void verify_checkpointSignedByAnotherKey_exit1() throws Exception {
    Bundle good = p.log.bundle(1, List.of(0L), List.of());
    String note = good.entry().proof().checkpoint();
    Checkpoint cp = Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
    String forged = Checkpoints.sign(cp, NoteSigner.of(TestLog.ORIGIN, TestKeys.of("mallory")));
    Bundle bad =
        new Bundle(
            withCheckpoint(good.entry(), forged),
            good.keys().stream().map(k -> withCheckpoint(k, forged)).toList(),
            List.of());
    Run r = verify(write(bad), p.trust());
    assertEquals(1, r.exit(), r.out());
    assertTrue(verdict(r).startsWith(failed("checkpoint: ")), verdict(r));
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("FAILED ")).count(), r.out());
  }

  @Test
  void verify_truncatedProof_exit1() throws Exception {
    Bundle good = p.log.bundle(1, List.of(0L), List.of());
    TlogProof proof = good.entry().proof();
    TlogProof cut = new TlogProof(proof.index(), List.of(), proof.checkpoint());
    Bundle bad = new Bundle(new BundleItem(good.entry().leaf(), cut), good.keys(), List.of());
    Run r = verify(write(bad), p.trust());
    assertEquals(1, r.exit(), r.out());
    assertTrue(verdict(r).startsWith(failed("inclusion entry: ")), verdict(r));
  }

  @Test
  void verify_wrongTrustKey_exit1() throws Exception {
    Path other =
        TestLog.write(tmp.resolve("other.vkey"), new TestLog(TestKeys.of("other-log")).vkey());
    Run r = verify(p.bundle(), other);
    assertEquals(1, r.exit(), r.out());
    assertTrue(verdict(r).startsWith(failed("checkpoint: ")), verdict(r));
  }

  @Test
  void verify_swappedPublisherKey_exit1SignatureNotBound() throws Exception {
    // A log that binds acme to key B, then holds the release signed by key A.
    Ed25519PrivateKey b = TestKeys.of("acme-b");
    Path bKey = tmp.resolve("b.key");
    Path bPub = tmp.resolve("b.pub");
    KeyFiles.writePrivateKey(bKey, b, false);
    KeyFiles.writePublicKey(bPub, b.publicKey(), false);
    TestLog swapped = new TestLog();
    swapped.appendRaw(
        envelope("key", "--namespace", "acme", "--add", bPub.toString(), "--key", bKey.toString()));
    swapped.appendRaw(releaseEnvelope());
    Path bundle = write(swapped.bundle(1, List.of(0L), List.of()));
    Run r = verify(bundle, p.trust());
    assertEquals(1, r.exit(), r.out());
    assertTrue(verdict(r).startsWith(failed("signature: ")), verdict(r));
  }

  @Test
  void verify_entryOnly_noDirectory() throws Exception {
    Run r = Run.of("verify", "--bundle", p.bundle().toString(), "--trust", p.trust().toString());
    assertEquals(0, r.exit(), r.out());
    assertFalse(r.out().contains("file "), r.out());
    assertEquals(
        "VERIFIED: entry " + p.release + " (4 not checked: offline limits, see above)", verdict(r));
  }

  @Test
  void verify_json_reportWithFirstFailure() throws Exception {
    Files.delete(p.model.resolve("config.json"));
    Run r = verify("--json");
    assertEquals(1, r.exit());
    JsonNode report = Json.mapper().readTree(r.out());
    assertFalse(report.get("ok").asBoolean());
    assertEquals("file config.json", report.get("firstFailure").get("name").asText());
    assertEquals("failed", report.get("firstFailure").get("status").asText());
    assertTrue(report.get("checks").size() > 10);
    assertEquals(
        "not checked",
        report.get("checks").get(report.get("checks").size() - 1).get("status").asText());
  }

  @Test
  void verify_state_remembersThenRefusesAFork() throws Exception {
    Path state = tmp.resolve("state");
    Run first = verify("--state", state.toString());
    assertEquals(0, first.exit(), first.out());
    assertTrue(
        first
            .out()
            .contains("ok           state: first checkpoint of test.example/pedigree at size 2"),
        first.out());
    Run again = verify("--state", state.toString());
    assertEquals(0, again.exit(), again.out());
    // The same log key signs another tree of size 2: a fork.
    TestLog fork = new TestLog();
    fork.append(
        Files.readAllBytes(
            envelopeFile(
                "key",
                "--namespace",
                "acme",
                "--add",
                p.pub.toString(),
                "--key",
                p.key.toString())));
    fork.append(
        envelope(
            "release",
            p.model.toString(),
            "--name",
            "acme/base",
            "--version",
            "2.0",
            "--license",
            "MIT",
            "--key",
            p.key.toString()));
    Run forked =
        verify(
            write(fork.bundle(1, List.of(0L), List.of())), p.trust(), "--state", state.toString());
    assertEquals(1, forked.exit(), forked.out());
    assertTrue(
        verdict(forked).contains(": state: fork: origin test.example/pedigree size 2 has root "),
        verdict(forked));
  }

  @Test
  void verify_revokedEntry_exit1UnlessAllowRevoked() throws Exception {
    p.submit(
        "revoke",
        "--target",
        p.release,
        "--reason",
        "security",
        "--severity",
        "high",
        "--key",
        p.key.toString());
    Path bundle = write(p.log.bundle(1, List.of(0L), List.of(2L)));
    Run r = verify(bundle, p.trust());
    assertEquals(1, r.exit(), r.out());
    assertEquals(failed("revoked: revoked by entry 2 (security, high)"), verdict(r));
    Run allowed = verify(bundle, p.trust(), "--allow-revoked");
    assertEquals(0, allowed.exit(), allowed.out());
  }

  @Test
  void verify_badBundleFile_exit2OneLine() throws Exception {
    Path bad = TestLog.write(tmp.resolve("bad.json"), "{\"mediaType\": \"x\"}");
    Run r = verify(bad, p.trust());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("pedigree: " + bad + ": not a bundle: /entry: missing\n", r.err());
  }

  @Test
  void verify_missingTrust_exit2() throws Exception {
    Run r = Run.of("verify", "--bundle", p.bundle().toString());
    assertEquals(2, r.exit());
    assertTrue(
        r.err().startsWith("pedigree: Missing required option: '--trust=POLICY_OR_VKEY'\n"),
        r.err());
  }

  @Test
  void verify_trustFileNotAKey_exit2OneLine() throws Exception {
    Path bad = TestLog.write(tmp.resolve("bad.vkey"), "not a key\n");
    Run r = verify(p.bundle(), bad);
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err().startsWith("pedigree: " + bad + ": not a verifier key or trust policy: "), r.err());
  }

  @Test
  void verify_terminal_colourUnlessNoColor() throws Exception {
    Files.delete(p.model.resolve("config.json"));
    String[] args = {
      "verify", p.model.toString(), "--bundle", p.bundle().toString(), "--trust", p.trust().toString()
    };
    Run coloured = Run.of(new Terminal(true, false, false), args);
    assertEquals(1, coloured.exit());
    assertTrue(coloured.out().contains("\u001b[1;31mFAILED"), coloured.out());
    Run plain = Run.of(new Terminal(true, false, true), args);
    assertEquals(1, plain.exit());
    assertFalse(plain.out().contains("\u001b"), plain.out());
  }

  private byte[] releaseEnvelope() throws Exception {
    return envelope(p.releaseArgs("acme/base", "1.0", "Apache-2.0"));
  }

  private byte[] envelope(String... args) throws Exception {
    return Files.readAllBytes(envelopeFile(args));
  }

  private Path envelopeFile(String... args) throws Exception {
    Path out = Files.createTempFile(tmp, "env", ".json");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString(), "--force"));
    Run r = Run.of(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  private Path write(Bundle bundle) throws Exception {
    return TestLog.write(Files.createTempFile(tmp, "bundle", ".json"), bundle.format());
  }

  private static BundleItem withCheckpoint(BundleItem item, String note) {
    return new BundleItem(
        item.leaf(), new TlogProof(item.proof().index(), item.proof().hashes(), note));
  }
}
