package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.chain.ChainVerifier;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequencer building a batch while the one before it is written: each test holds a write
 * back (a slow sync) until the clock shows the next batch was decided meanwhile, and compares
 * with the same submissions sent one batch at a time, each waiting for the one before.
 */
class SequencerPipelineTest {
  private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path dir;

  /** The outcome of one submission, comparable between runs: an index or a rejection. */
  private record Answer(long index, boolean created, Rejection rejection) {
    static Answer of(CompletableFuture<Appended> future) throws InterruptedException {
      try {
        Appended a = future.get();
        return new Answer(a.index(), a.created(), null);
      } catch (ExecutionException e) {
        return new Answer(-1, false,
            assertInstanceOf(RejectedException.class, e.getCause()).rejection());
      }
    }
  }

  /** What a run left: every submission's answer, the batches appended and the leaves. */
  private record Run(List<Answer> answers, List<AppendBatch> batches, List<Bytes> leaves) {}

  @Test
  void submit_goldenEnvelopesEachBuiltWhileTheOneBeforeIsWritten_goldenLeavesAndCheckpoint()
      throws Exception {
    List<List<byte[]>> batches = new ArrayList<>();
    for (int i = 0; i < Golden.ENTRIES; i++) {
      batches.add(List.of(Golden.envelope(i)));
    }
    NoteSigner signer = NoteSigner.of(GoldenReplayTest.ORIGIN, Ed25519PrivateKey.fromSeed(
        Hex.decode(Golden.json("keys.json").get("log").get("seedHex").textValue())));
    // Append n (append 1 is the empty tree's checkpoint) writes entry n - 2 and waits until
    // entry n - 1 was decided: one clock reading per entry.
    int[] readings = new int[Golden.ENTRIES + 2];
    for (int n = 2; n <= Golden.ENTRIES; n++) {
      readings[n] = n;
    }
    Run pipelined = run(dir.resolve("pipelined"), signer, 1, batches, readings);
    Run serial = run(dir.resolve("serial"), signer, 1, batches, null);

    for (int i = 0; i < Golden.ENTRIES; i++) {
      assertEquals(new Answer(i, true, null), pipelined.answers().get(i));
      assertArrayEquals(Golden.leaf(i), pipelined.leaves().get(i).toByteArray(), "leaf " + i);
    }
    assertEquals(Golden.text("checkpoint.txt"),
        pipelined.batches().get(Golden.ENTRIES).checkpoint());
    assertEquals(serial, pipelined);
  }

  @Test
  void submit_keyRotationAndNameInBatchBeingWritten_nextBatchDecidedAsInSerialOrder()
      throws Exception {
    Ed25519PrivateKey k1 = SignedEntries.key("acme-1");
    Ed25519PrivateKey k2 = SignedEntries.key("acme-2");
    String bindId = Envelopes.id(Entries.bind("acme", k1));
    byte[] named = SignedEntries.release("acme/m", "1.0", k2);
    byte[] withK2 = SignedEntries.release("acme/k2", "1.0", k2);
    List<List<byte[]>> batches = List.of(
        List.of(SignedEntries.binding("acme", k1), SignedEntries.release("acme/a", "1.0", k1),
            SignedEntries.release("acme/b", "1.0", k1)),
        // Batch N: k1 rotated out for k2 (signed by both), then acme/m@1.0 registered with k2.
        List.of(Envelopes.sign(
                Entries.keys("acme", bindId, List.of(k2), List.of(k1), KeyReason.ROTATED), k1, k2),
            named, SignedEntries.release("acme/n", "1.0", k2)),
        // Built while N is written: the name N took, k1 that N removed, k2 that N bound.
        List.of(SignedEntries.derivation("acme/m", "1.0",
                SignedEntries.releaseId("acme/a", "1.0"), k2),
            SignedEntries.release("acme/k1", "1.0", k1), withK2),
        // Built while the batch before is written: an entry of each again, and a new one.
        List.of(withK2, named, SignedEntries.release("acme/z", "1.0", k2)));
    // Append n waits until the clock shows the next batch decided: one reading per entry
    // decided, none for a resubmission; readings reach 3, 6, 9, 10 batch by batch.
    int[] readings = {0, 0, 4, 9, 10, 0};
    NoteSigner signer = SequencerTest.SIGNER;
    Run pipelined = run(dir.resolve("pipelined"), signer, 3, batches, readings);
    Run serial = run(dir.resolve("serial"), signer, 3, batches, null);

    assertEquals(List.of(
        new Answer(0, true, null), new Answer(1, true, null), new Answer(2, true, null),
        new Answer(3, true, null), new Answer(4, true, null), new Answer(5, true, null),
        new Answer(-1, false, Rejection.NAME_TAKEN),
        new Answer(-1, false, Rejection.KEY_NOT_BOUND),
        new Answer(6, true, null),
        new Answer(6, false, null), new Answer(4, false, null), new Answer(7, true, null)),
        pipelined.answers());
    assertEquals(serial, pipelined);
  }

  @Test
  void submit_writeFailsWhileNextBatchIsBuilt_bothFailThenNextBuildsOnDurableState()
      throws Exception {
    var acme = SignedEntries.key("acme");
    SteppingClock clock = new SteppingClock(START);
    try (FailingStore store = new FailingStore(RocksStore.open(dir))) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer =
          Sequencer.start(store, view, SequencerTest.SIGNER, clock, 2, 10_000)) {
        List<CompletableFuture<Appended>> first = List.of(
            submit(sequencer, SignedEntries.binding("acme", acme)),
            submit(sequencer, SignedEntries.release("acme/z", "1.0", acme)));
        first.get(1).get();
        Head head = store.head().orElseThrow();
        // Append 3 (batch B) waits until batch C, built on B, is decided, then fails.
        store.hook = (n, batch) -> {
          if (n == 3) {
            awaitReadings(clock, 6);
            throw new StoreException("injected write failure");
          }
        };
        List<CompletableFuture<Appended>> b = List.of(
            submit(sequencer, SignedEntries.release("acme/a", "1.0", acme)),
            submit(sequencer, SignedEntries.release("acme/b", "1.0", acme)));
        List<CompletableFuture<Appended>> c = List.of(
            submit(sequencer, SignedEntries.release("acme/A", "1.0", acme)), // taken in B
            submit(sequencer, SignedEntries.release("acme/c", "1.0", acme)));
        for (CompletableFuture<Appended> f : b) {
          ExecutionException e = assertThrows(ExecutionException.class, f::get);
          assertEquals("injected write failure", e.getCause().getMessage());
        }
        for (CompletableFuture<Appended> f : c) {
          ExecutionException e = assertThrows(ExecutionException.class, f::get);
          StoreException failed = assertInstanceOf(StoreException.class, e.getCause());
          assertEquals("not written: the batch before it failed: injected write failure",
              failed.getMessage());
          assertEquals("injected write failure", failed.getCause().getMessage());
        }
        assertEquals(head, store.head().orElseThrow());
        assertEquals(2, sequencer.size());
        assertEquals(head.root(), sequencer.root());

        store.hook = (n, batch) -> {};
        // B never happened: acme/A is free again, and the indexes and prev links go on from 2.
        List<CompletableFuture<Appended>> again = List.of(
            submit(sequencer, SignedEntries.release("acme/A", "1.0", acme)),
            submit(sequencer, SignedEntries.release("acme/c", "1.0", acme)));
        assertEquals(2, again.get(0).get().index());
        assertEquals(3, again.get(1).get().index());
        assertTrue(again.get(0).get().created());
        ChainVerifier chain = ChainVerifier.fromGenesis();
        List<byte[]> hashes = new ArrayList<>();
        for (long i = 0; i < 4; i++) {
          byte[] leaf = store.leaf(i).orElseThrow().toByteArray();
          chain.accept(leaf);
          hashes.add(Merkle.leafHash(leaf));
        }
        Bytes root = Bytes.copyOf(Merkle.root(hashes));
        assertEquals(root, store.head().orElseThrow().root());
        assertEquals(root, sequencer.root());
        assertEquals(4, sequencer.size());
      }
    }
  }

  @Test
  void close_whileBatchIsWrittenAndNextIsBuilt_bothFinish() throws Exception {
    var acme = SignedEntries.key("acme");
    SteppingClock clock = new SteppingClock(START);
    try (FailingStore store = new FailingStore(RocksStore.open(dir))) {
      Sequencer sequencer = Sequencer.start(
          store, new StoreLedgerView(store), SequencerTest.SIGNER, clock, 1, 0);
      store.hook = (n, batch) -> {
        if (n == 2) {
          awaitReadings(clock, 2);
        }
      };
      CompletableFuture<Appended> a = submit(sequencer, SignedEntries.binding("acme", acme));
      CompletableFuture<Appended> b =
          submit(sequencer, SignedEntries.release("acme/a", "1.0", acme));
      awaitReadings(clock, 2);
      sequencer.close();
      assertEquals(0, a.get().index());
      assertEquals(1, b.get().index());
      assertEquals(2, store.size());
      ExecutionException e = assertThrows(ExecutionException.class,
          submit(sequencer, SignedEntries.release("acme/b", "1.0", acme))::get);
      assertEquals("the sequencer is closed", e.getCause().getMessage());
    }
  }

  /**
   * Sends {@code batches} in order to a fresh store in {@code dir}, with batches of {@code size}
   * (never closed by time). Pipelined ({@code readings} given): everything is sent at once and
   * the {@code n}-th append waits until the clock was read {@code readings[n]} times. Serial
   * ({@code readings} null): each batch is sent once the one before is answered.
   */
  private static Run run(Path dir, NoteSigner signer, int size, List<List<byte[]>> batches,
      int[] readings) throws Exception {
    SteppingClock clock = new SteppingClock(START);
    try (FailingStore store = new FailingStore(RocksStore.open(dir))) {
      if (readings != null) {
        store.hook = (n, batch) -> {
          if (n < readings.length && readings[n] > 0) {
            awaitReadings(clock, readings[n]);
          }
        };
      }
      List<CompletableFuture<Appended>> futures = new ArrayList<>();
      try (Sequencer sequencer =
          Sequencer.start(store, new StoreLedgerView(store), signer, clock, size, 60_000)) {
        for (List<byte[]> batch : batches) {
          List<CompletableFuture<Appended>> sent = new ArrayList<>();
          for (byte[] body : batch) {
            sent.add(submit(sequencer, body));
          }
          futures.addAll(sent);
          if (readings == null) {
            for (CompletableFuture<Appended> f : sent) {
              f.handle((v, e) -> null).get();
            }
          }
        }
        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Appended> f : futures) {
          answers.add(Answer.of(f));
        }
        assertEquals(store.size(), sequencer.size(), "durable size");
        return new Run(answers, store.appended(), store.leaves(0, store.size()));
      }
    }
  }

  private static CompletableFuture<Appended> submit(Sequencer sequencer, byte[] body)
      throws RejectedException {
    return sequencer.submit(Submission.parse(body));
  }

  private static void awaitReadings(SteppingClock clock, int count) throws StoreException {
    try {
      clock.awaitReadings(count, PATIENCE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted");
    }
  }
}
