package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.TestKeys;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** release, modify, derive, attest, revoke, key: envelopes the ledger's intake and rules take. */
class PublishCommandsTest {
  @TempDir Path tmp;
  Publication p;

  @BeforeEach
  void publish() throws Exception {
    p = new Publication(tmp).publish();
  }

  @Test
  void release_printsIdThatIsThePayloadsSha256() throws Exception {
    Path out = tmp.resolve("r.json");
    Run r =
        Run.of(
            "release",
            p.model.toString(),
            "--name",
            "acme/second",
            "--version",
            "1.0",
            "--license",
            "MIT",
            "--description",
            "a test",
            "--tag",
            "x",
            "--tag",
            "y",
            "--key",
            p.key.toString(),
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode envelope = Json.mapper().readTree(out.toFile());
    byte[] payload = CanonicalBase64.decode(envelope.get("payload").asText());
    assertEquals(Sha256.hex(payload) + "\n", r.out());
    assertEquals("signed release envelope written to " + out + "\n", r.err());
    JsonNode statement = Json.mapper().readTree(payload);
    assertEquals("https://pedigree.dev/release/v1", statement.get("predicateType").asText());
    assertEquals("[\"x\",\"y\"]", statement.get("predicate").get("tags").toString());
    assertEquals(4, statement.get("subject").size());
    // manifest order: tokenizer/vocab.json before tokenizer.json (DESIGN A4)
    assertEquals("tokenizer/vocab.json", statement.get("subject").get(2).get("name").asText());
    assertEquals(2, p.log.append(Files.readAllBytes(out)));
  }

  @Test
  void deriveModifyAttestRevoke_acceptedByTheLedger() throws Exception {
    String other = p.submit(p.releaseArgs("acme/other", "1.0", "MIT"));
    p.submit(
        "derive",
        p.model.toString(),
        "--name",
        "acme/merged",
        "--version",
        "1.0",
        "--license",
        "MIT",
        "--parent",
        p.release,
        "--relation",
        "merge",
        "--parent",
        other,
        "--relation",
        "merge",
        "--key",
        p.key.toString());
    p.submit(
        "modify",
        p.model.toString(),
        "--parent",
        p.release,
        "--name",
        "acme/base",
        "--version",
        "1.1",
        "--license",
        "Apache-2.0",
        "--key",
        p.key.toString());
    Ed25519PrivateKey e = TestKeys.of("evals-e");
    Path eKey = tmp.resolve("e.key");
    Path ePub = tmp.resolve("e.pub");
    KeyFiles.writePrivateKey(eKey, e, false);
    KeyFiles.writePublicKey(ePub, e.publicKey(), false);
    p.submit("key", "--namespace", "evals", "--add", ePub.toString(), "--key", eKey.toString());
    p.submit(
        "attest",
        "--attester",
        "evals",
        "--target",
        p.release,
        "--claim",
        "{\"type\": \"evaluation\", \"scorePermille\": 612}",
        "--key",
        eKey.toString());
    p.submit(
        "revoke",
        "--target",
        other,
        "--reason",
        "legal",
        "--severity",
        "medium",
        "--key",
        p.key.toString());
    assertEquals(8, p.log.size());
  }

  @Test
  void key_rotation_signedByOldAndNewKeys() throws Exception {
    Ed25519PrivateKey b = TestKeys.of("acme-b");
    Path bKey = tmp.resolve("b.key");
    Path bPub = tmp.resolve("b.pub");
    KeyFiles.writePrivateKey(bKey, b, false);
    KeyFiles.writePublicKey(bPub, b.publicKey(), false);
    String added =
        p.submit(
            "key",
            "--namespace",
            "acme",
            "--previous",
            p.keyEntry,
            "--add",
            bPub.toString(),
            "--key",
            p.key.toString(),
            "--key",
            bKey.toString());
    p.submit(
        "key",
        "--namespace",
        "acme",
        "--previous",
        added,
        "--remove",
        p.pub.toString(),
        "--reason",
        "rotated",
        "--key",
        bKey.toString());
    p.submit(
        "release",
        p.model.toString(),
        "--name",
        "acme/after",
        "--version",
        "1.0",
        "--license",
        "MIT",
        "--key",
        bKey.toString());
    assertEquals(5, p.log.size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--name|acme|pedigree: --name acme: ",
        "--version|1 0|pedigree: --version 1 0: ",
        "--license|not a licence|pedigree: --license not a licence: ",
      })
  void release_badField_exit2OneLineNamingTheOption(String option, String value, String prefix) {
    String[] args = {
      "release",
      p.model.toString(),
      "--name",
      "acme/x",
      "--version",
      "1.0",
      "--license",
      "MIT",
      "--key",
      p.key.toString(),
      "--out",
      tmp.resolve("o.json").toString()
    };
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(option)) {
        args[i + 1] = value;
      }
    }
    Run r = Run.of(args);
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith(prefix), r.err());
    assertTrue(!Files.exists(tmp.resolve("o.json")));
  }

  @Test
  void derive_mergeWithOneParent_refusedBeforeAnyNetwork() {
    Run r =
        Run.of(
            "derive",
            p.model.toString(),
            "--name",
            "acme/m",
            "--version",
            "1",
            "--license",
            "MIT",
            "--parent",
            p.release,
            "--relation",
            "merge",
            "--key",
            p.key.toString(),
            "--submit",
            "--server",
            "http://127.0.0.1:1");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("pedigree: invalid statement at /predicate/parents"), r.err());
  }

  @Test
  void release_noDestination_exit2() {
    Run r = Run.of(p.releaseArgs("acme/x", "1.0", "MIT"));
    assertEquals(2, r.exit());
    assertTrue(
        r.err().startsWith("pedigree: give --out FILE, or --submit --server URL, or both\n"),
        r.err());
  }

  @Test
  void release_submitToAClosedPort_exit2OneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String server = "http://127.0.0.1:" + port;
    Run r = Run.of(p.releaseArgs("acme/x", "1.0", "MIT", "--submit", "--server", server));
    assertEquals(2, r.exit());
    assertEquals(
        "pedigree: cannot connect to http://127.0.0.1:" + port + " (is the server running?)\n",
        r.err());
  }

  @Test
  void release_help_exit0() {
    Run r = Run.of("release", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: pedigree release"), r.out());
    assertTrue(r.out().contains("--license=SPDX"), r.out());
  }

  @Test
  void attest_claimWithoutType_exit2() {
    Run r =
        Run.of(
            "attest",
            "--attester",
            "acme",
            "--target",
            p.release,
            "--claim",
            "{\"score\": 1}",
            "--key",
            p.key.toString(),
            "--out",
            tmp.resolve("a.json").toString());
    assertEquals(2, r.exit());
    assertEquals(
        "pedigree: --claim: claim /type: got no member \"type\", want a string naming the claim\n",
        r.err());
  }

  @Test
  void key_json_idAndKind() throws Exception {
    Path out = tmp.resolve("k.json");
    Run r =
        Run.of(
            "key",
            "--namespace",
            "beta",
            "--add",
            p.pub.toString(),
            "--key",
            p.key.toString(),
            "--out",
            out.toString(),
            "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = Json.mapper().readTree(r.out());
    assertEquals("key", json.get("kind").asText());
    assertEquals(64, json.get("id").asText().length());
  }
}
