package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteVerifierKey;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.lineage.Lineage;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
  static final Ed25519PrivateKey ACME = SignedEntries.key("acme");

  @TempDir Path dir;

  @Test
  void open_emptyDirectory_signsCheckpointOfSizeZeroAndCreatesPrivateKey() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      Checkpoint checkpoint =
          Checkpoints.open(ledger.checkpoint(), NoteVerifierKey.parse(ledger.verifierKey()));
      assertEquals(0, checkpoint.size());
      assertEquals(Bytes.copyOf(Merkle.emptyRoot()), checkpoint.root());
      assertTrue(checkpoint.origin().matches("localhost/pedigree/[0-9a-f]{8}"),
          checkpoint.origin());
    }
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("log.key"))));
  }

  @Test
  void submit_answersWithTheSameBundleAsBundleById() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      Registration release = ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      assertEquals(tree(ledger.bundle(release.id()).orElseThrow()), tree(release.bundleJson()));
      Registration retry = ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      assertFalse(retry.created());
      assertEquals(tree(ledger.bundle(release.id()).orElseThrow()), tree(retry.bundleJson()));
      Registration revocation = ledger.submit(
          Envelopes.sign(Entries.revocation(release.id()), ACME)).join();
      assertEquals(tree(ledger.bundle(revocation.id()).orElseThrow()),
          tree(revocation.bundleJson()));
      assertEquals(1, tree(revocation.bundleJson()).get("keys").size());
    }
  }

  @Test
  void submit_oneBatch_everyAnswerProvedAgainstItsBatchsCheckpoint() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
    }
    // Batches of three, waiting up to a minute for the third: the three releases are one batch.
    LedgerConfig config =
        new LedgerConfig(dir, Optional.empty(), 3, 60_000, java.time.Clock.systemUTC());
    try (Ledger ledger = Ledger.open(config)) {
      List<CompletableFuture<Registration>> batch = new ArrayList<>();
      for (String name : List.of("acme/a", "acme/b", "acme/c")) {
        batch.add(ledger.submit(SignedEntries.release(name, "1.0", ACME)));
      }
      for (CompletableFuture<Registration> answer : batch) {
        answer.get(30, TimeUnit.SECONDS);
      }
      String checkpoint = ledger.checkpoint();
      for (CompletableFuture<Registration> answer : batch) {
        JsonNode bundle = tree(answer.join().bundleJson());
        assertEquals(checkpoint, provedIn(bundle.get("entry")));
        assertEquals(checkpoint, provedIn(bundle.get("keys").get(0)));
        assertEquals(tree(ledger.bundle(answer.join().id()).orElseThrow()), bundle);
      }
      // A retry is proved in its own batch's tree, which holds the entry: all four entries.
      CompletableFuture<Registration> retry =
          ledger.submit(SignedEntries.release("acme/a", "1.0", ACME));
      batch.clear();
      for (String name : List.of("acme/d", "acme/e")) {
        batch.add(ledger.submit(SignedEntries.release(name, "1.0", ACME)));
      }
      String retryCheckpoint = provedIn(tree(retry.get(30, TimeUnit.SECONDS).bundleJson())
          .get("entry"));
      assertEquals(6, Checkpoints.open(retryCheckpoint,
          NoteVerifierKey.parse(ledger.verifierKey())).size());
    }
  }

  /** The checkpoint that ends a bundle item's proof (c2sp.org/tlog-proof: after a blank line). */
  private static String provedIn(JsonNode item) {
    String proof = item.get("proof").textValue();
    return proof.substring(proof.indexOf("\n\n") + 2);
  }

  @Test
  void bundle_standaloneIsPrettyPrinted_answerIsCompact() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      Registration release = ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      String answer = new String(release.bundleJson().toByteArray(), StandardCharsets.UTF_8);
      assertEquals(Json.mapper().writeValueAsString(tree(answer)), answer);
      String standalone = ledger.bundle(release.id()).orElseThrow();
      assertEquals(
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree(standalone)),
          standalone);
    }
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }

  private static JsonNode tree(Bytes json) throws Exception {
    return Json.mapper().readTree(json.toByteArray());
  }

  @Test
  void submit_keyEntriesInEarlierBatches_governTheNextBatchesSigners() throws Exception {
    Ed25519PrivateKey next = SignedEntries.key("acme-next");
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      String bind = ledger.submit(SignedEntries.binding("acme", ACME)).join().id();
      ledger.submit(SignedEntries.release("acme/a", "1.0", ACME)).join();
      String add = ledger.submit(
          Envelopes.sign(Entries.addKeys("acme", bind, next), ACME, next)).join().id();
      assertEquals(3, ledger.submit(SignedEntries.release("acme/b", "1.0", next)).join().index());
      ledger.submit(Envelopes.sign(
          Entries.removeKeys("acme", add, KeyReason.ROTATED, ACME), next)).join();
      CompletionException e = assertThrows(CompletionException.class,
          () -> ledger.submit(SignedEntries.release("acme/c", "1.0", ACME)).join());
      assertInstanceOf(RejectedException.class, e.getCause());
      assertEquals(5, ledger.health().treeSize());
      assertTrue(ledger.health().accepting());
    }
  }

  @Test
  void open_again_keepsKeyRootCheckpointAndIndexes() throws Exception {
    String checkpoint;
    String vkey;
    String baseId;
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      vkey = ledger.verifierKey();
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      baseId = ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join().id();
      ledger.submit(SignedEntries.derivation("acme/base-med", "1.0", baseId, ACME)).join();
      checkpoint = ledger.checkpoint();
    }
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      assertEquals(vkey, ledger.verifierKey());
      assertEquals(checkpoint, ledger.checkpoint());
      Lineage down = ledger.lineage(baseId, Direction.DESCENDANTS, 5, 10).orElseThrow();
      assertEquals(List.of("acme/base", "acme/base-med"),
          down.nodes().stream().map(Lineage.Node::name).toList());
      assertEquals("finetune", down.edges().get(0).relation());
      var hits = ledger.search(SignedEntries.fileDigest("acme/base", "1.0"), Optional.empty(), 10);
      assertEquals(List.of(baseId), hits.items().stream().map(h -> h.id()).toList());
      assertEquals(1, ledger.versions("ACME/Base", Optional.empty(), 10).items().size());
      assertEquals(3, ledger.submit(SignedEntries.release("acme/other", "1.0", ACME)).join()
          .index());
    }
  }

  @Test
  void open_storeSignedByAnotherKey_isRefused() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
    }
    Files.delete(dir.resolve("log.key"));
    KeyFiles.writePrivateKey(dir.resolve("log.key"), SignedEntries.key("other log"), false);
    LedgerException e = assertThrows(LedgerException.class,
        () -> Ledger.open(LedgerConfig.of(dir)));
    assertTrue(e.getMessage().startsWith("store refused: its checkpoint does not verify with "),
        e.getMessage());
  }

  @Test
  void submit_takenNameAndUnboundKey_areRefusedWithTheirRejection() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      assertEquals(Rejection.NAME_TAKEN,
          refusal(ledger, SignedEntries.release("Acme/Base", "1.0", ACME)));
      assertEquals(Rejection.KEY_NOT_BOUND, refusal(ledger,
          SignedEntries.release("evil/base", "1.0", SignedEntries.key("evil"))));
      assertEquals(Rejection.MALFORMED_JSON, refusal(ledger, "{".getBytes()));
      assertEquals(2, ledger.health().treeSize());
    }
  }

  @Test
  void proofs_fromStore_equalProofsFromMemoryHashStore() throws Exception {
    MemoryHashStore memory = new MemoryHashStore();
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      for (int i = 0; i < 40; i++) {
        ledger.submit(SignedEntries.release("acme/m" + i, "1.0", ACME)).join();
      }
      for (long i = 0; i < 41; i++) {
        memory.append(Merkle.leafHash(ledger.leaf(i).orElseThrow()));
      }
      for (long size = 1; size <= 41; size++) {
        for (long index = 0; index < size; index++) {
          assertEquals(bytes(Proofs.inclusion(index, size, memory)),
              ledger.inclusionProof(index, size), "inclusion " + index + " in " + size);
        }
        for (long from = 1; from <= size; from++) {
          assertEquals(bytes(Proofs.consistency(from, size, memory)),
              ledger.consistencyProof(from, size), "consistency " + from + " to " + size);
        }
      }
      RejectedException e = assertThrows(RejectedException.class,
          () -> ledger.inclusionProof(41, 41));
      assertEquals(Rejection.OUT_OF_RANGE, e.rejection());
      assertEquals(Rejection.OUT_OF_RANGE,
          assertThrows(RejectedException.class, () -> ledger.consistencyProof(0, 5)).rejection());
      List<byte[]> exported = new ArrayList<>();
      ledger.export(3, 6, exported::add);
      assertEquals(3, exported.size());
      assertArrayEquals(ledger.leaf(5).orElseThrow(), exported.get(2));
    }
  }

  static Rejection refusal(Ledger ledger, byte[] body) {
    CompletionException e = assertThrows(CompletionException.class,
        () -> ledger.submit(body).join());
    return assertInstanceOf(RejectedException.class, e.getCause()).rejection();
  }

  static List<Bytes> bytes(List<byte[]> hashes) {
    return hashes.stream().map(Bytes::copyOf).toList();
  }

  @Test
  void submit_sameReleaseTwice_createsOnce() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      byte[] body = SignedEntries.release("acme/base", "1.0", ACME);
      Registration first = ledger.submit(body).join();
      Registration second = ledger.submit(body).join();
      assertTrue(first.created());
      assertFalse(second.created());
      assertEquals(first.index(), second.index());
      assertEquals(first.bundleJson().length() > 0, second.bundleJson().length() > 0);
    }
  }

  @Test
  void submit_recordOver65535Bytes_isTooLarge() throws Exception {
    List<Subject> files = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      files.add(Subject.file(FilePath.of("shard-" + i + ".safetensors"),
          Digest.of(SignedEntries.fileDigest("big", "" + i))));
    }
    Statement big = Statements.release(ModelRef.of("acme/big", "1.0"), files,
        License.spdx("Apache-2.0"), ModelDetails.NONE);
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      assertEquals(Rejection.TOO_LARGE, refusal(ledger, Envelopes.sign(big, ACME)));
      assertEquals(1, ledger.health().treeSize());
    }
  }
}
