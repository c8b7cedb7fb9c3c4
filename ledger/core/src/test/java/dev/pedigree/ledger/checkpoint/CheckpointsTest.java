package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.json.Json;
import org.junit.jupiter.api.Test;

class CheckpointsTest {
  @Test
  void sign_c2spCheckpoint_reproducesFileByteForByte() throws Exception {
    String file = TestFiles.text("testdata/c2sp/checkpoint.txt");
    Checkpoint checkpoint = Checkpoint.parse(file.substring(0, file.indexOf("\n\n") + 1));
    NoteSigner signer = NoteSigner.of(TestFiles.LOG_NAME, TestFiles.logPrivateKey());
    assertEquals(file, Checkpoints.sign(checkpoint, signer));
  }

  @Test
  void open_c2spCheckpoint_withLogVkey() throws Exception {
    Checkpoint checkpoint =
        Checkpoints.open(
            TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt"), TestFiles.logKey());
    assertEquals(8, checkpoint.size());
  }

  @Test
  void sign_goldenCheckpoint_reproducesFromKeysJson() throws Exception {
    JsonNode log = Json.mapper().readTree(TestFiles.text("testdata/golden/keys.json")).get("log");
    NoteSigner signer =
        NoteSigner.of(
            log.get("origin").asText(),
            Ed25519PrivateKey.fromSeed(Hex.decode(log.get("seedHex").asText())));
    String file = TestFiles.text("testdata/golden/checkpoint.txt");
    NoteVerifierKey goldenKey =
        NoteVerifierKey.parse(TestFiles.keyLine("testdata/golden/log.vkey"));
    Checkpoint opened = Checkpoints.open(file, goldenKey);
    assertEquals(9, opened.size());
    assertEquals(file, Checkpoints.sign(opened, signer));
    assertEquals(log.get("vkey").asText(), signer.verifierKey().format());
  }

  @Test
  void open_otherOrigin_refused() throws Exception {
    // Signed by a key named other than the origin: a valid note, not this log's checkpoint.
    NoteSigner signer = NoteSigner.of("example.com/other", TestFiles.logPrivateKey());
    String note =
        signer.sign("example.com/model-ledger\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class, () -> Checkpoints.open(note, signer.verifierKey()));
    assertEquals(
        "checkpoint origin example.com/model-ledger, want example.com/other", e.getMessage());
  }

  @Test
  void open_notACheckpoint_refused() throws Exception {
    NoteSigner signer = NoteSigner.of(TestFiles.LOG_NAME, TestFiles.logPrivateKey());
    String note = signer.sign("example.com/model-ledger\n8\n");
    CheckpointFormatException e =
        assertThrows(
            CheckpointFormatException.class, () -> Checkpoints.open(note, signer.verifierKey()));
    assertEquals("checkpoint of 2 lines, want at least 3", e.getMessage());
  }

  @Test
  void signThenOpen_emptyLog_roundTrips() throws Exception {
    Ed25519PrivateKey key = TestFiles.witnessPrivateKey();
    String origin = LogOrigin.defaultFor(key.publicKey());
    NoteSigner signer = NoteSigner.of(origin, key);
    // DESIGN A6: the empty tree's root is SHA-256 of the empty string.
    Checkpoint empty =
        Checkpoint.of(
            origin,
            0,
            Bytes.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    String note = Checkpoints.sign(empty, signer);
    assertEquals(empty, Checkpoints.open(note, signer.verifierKey()));
    assertEquals(origin + "\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", empty.body());
  }

  @Test
  void sign_signerNameNotOrigin_refused() throws Exception {
    NoteSigner signer = NoteSigner.of("example.com/other", TestFiles.logPrivateKey());
    Checkpoint checkpoint = Checkpoint.of("o", 1, Bytes.copyOf(new byte[32]));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Checkpoints.sign(checkpoint, signer));
    assertEquals("signer example.com/other cannot sign a checkpoint of origin o", e.getMessage());
  }

  @Test
  void defaultFor_logSeedKey_isLocalhostPedigreeAndHashPrefix() throws Exception {
    // SHA-256 of the raw key 03a107bf...31b8, computed outside this code: 56475aa7...
    assertEquals(
        "localhost/pedigree/56475aa7", LogOrigin.defaultFor(TestFiles.logPrivateKey().publicKey()));
  }
}
