package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.chain.ChainVerifier;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sequencer over a real RocksDB store: batches, refusals inside them, concurrency. */
class SequencerTest {
  static final NoteSigner SIGNER = signer();

  @TempDir Path dir;

  static NoteSigner signer() {
    try {
      return NoteSigner.of("example.com/test", SignedEntries.key("log"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Submission parse(byte[] body) throws RejectedException {
    return Submission.parse(body);
  }

  @Test
  void alive_whileRunning_thenNotAfterClose() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Sequencer sequencer =
          Sequencer.start(store, new StoreLedgerView(store), SIGNER, Clock.systemUTC(), 4, 0);
      assertTrue(sequencer.alive());
      sequencer.close();
      assertFalse(sequencer.alive());
    }
  }

  /**
   * Submits acme's binding, acme/base 1.0, ACME/base 1.0 (the same name folded) and acme/base 1.0
   * again: with batches of four, one batch of two new entries, a refusal and a repeat.
   */
  private static List<CompletableFuture<Appended>> submitMixedBatch(Sequencer sequencer,
      Ed25519PrivateKey acme) throws RejectedException {
    byte[] release = SignedEntries.release("acme/base", "1.0", acme);
    return List.of(
        sequencer.submit(parse(SignedEntries.binding("acme", acme))),
        sequencer.submit(parse(release)),
        sequencer.submit(parse(SignedEntries.release("ACME/base", "1.0", acme))),
        sequencer.submit(parse(release)));
  }

  @Test
  void submit_refusedEntryInMiddleOfBatch_othersAppendedInOrder() throws Exception {
    var acme = SignedEntries.key("acme");
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 4, 10_000)) {
        // One batch of four (the sequencer waits for the fourth): the third takes a name the
        // first took in the same batch, the second and fourth are the same payload.
        List<CompletableFuture<Appended>> futures = submitMixedBatch(sequencer, acme);
        assertEquals(0, futures.get(0).get().index());
        Appended base = futures.get(1).get();
        assertEquals(1, base.index());
        ExecutionException e = assertThrows(ExecutionException.class, futures.get(2)::get);
        assertEquals(Rejection.NAME_TAKEN,
            assertInstanceOf(RejectedException.class, e.getCause()).rejection());
        Appended again = futures.get(3).get();
        assertEquals(
            new Appended(base.id(), 1, base.leaf(), base.leafHash(), false, base.head()), again);
        // Every answer of the batch holds the batch's own tree, the store's head once it is durable.
        assertEquals(store.head().orElseThrow(), base.head());
        assertEquals(base.head(), futures.get(0).get().head());
        assertEquals(2, store.size());
        assertEquals(2, sequencer.size());
      }
    }
  }

  @Test
  void onBatch_toldOfEachDurableBatch_withWhatItTookAndAdded() throws Exception {
    var acme = SignedEntries.key("acme");
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 4, 10_000)) {
        List<long[]> told = new CopyOnWriteArrayList<>();
        sequencer.onBatch((taken, appended, nanos) -> told.add(new long[] {taken, appended, nanos}));
        // One batch of four: two new entries, a refusal and a repeat.
        List<CompletableFuture<Appended>> futures = submitMixedBatch(sequencer, acme);
        byte[] release = SignedEntries.release("acme/base", "1.0", acme);
        futures.get(3).get();
        // Told before any submitter is answered.
        assertEquals(1, told.size());
        assertEquals(4, told.get(0)[0]);
        assertEquals(2, told.get(0)[1]);
        assertTrue(told.get(0)[2] > 0);
        // A batch of repeats only adds nothing, and a listener that throws changes no answer.
        sequencer.onBatch((taken, appended, nanos) -> {
          told.add(new long[] {taken, appended, nanos});
          throw new IllegalStateException("a broken meter");
        });
        List<CompletableFuture<Appended>> repeats = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          repeats.add(sequencer.submit(parse(release)));
        }
        for (CompletableFuture<Appended> repeat : repeats) {
          assertEquals(1, repeat.get().index());
        }
        assertEquals(2, told.size());
        assertEquals(4, told.get(1)[0]);
        assertEquals(0, told.get(1)[1]);
        assertEquals(2, store.size());
      }
    }
  }

  @Test
  void submit_namesAndIdsOfEarlierBatches_answeredAsTheStoreHoldsThem() throws Exception {
    var acme = SignedEntries.key("acme");
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 4, 10_000)) {
        byte[] base = SignedEntries.release("acme/base", "1.0", acme);
        List<CompletableFuture<Appended>> first = List.of(
            sequencer.submit(parse(SignedEntries.binding("acme", acme))),
            sequencer.submit(parse(base)),
            sequencer.submit(parse(SignedEntries.release("acme/other", "1.0", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/third", "1.0", acme))));
        Appended stored = first.get(1).get();
        // A second batch of four: a name taken in the first batch, under another spelling; a new
        // name, then that name again; the first batch's entry again.
        List<CompletableFuture<Appended>> second = List.of(
            sequencer.submit(parse(SignedEntries.release("acme/Base", "2.0", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/new", "1.0", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/NEW", "2.0", acme))),
            sequencer.submit(parse(base)));
        for (int i : new int[] {0, 2}) {
          ExecutionException e = assertThrows(ExecutionException.class, second.get(i)::get);
          RejectedException refused = assertInstanceOf(RejectedException.class, e.getCause());
          assertEquals(Rejection.NAME_TAKEN, refused.rejection());
          String want = i == 0 ? "taken as acme/base" : "taken as acme/new";
          assertTrue(refused.getMessage().contains(want), refused.getMessage());
        }
        assertEquals(4, second.get(1).get().index());
        // The retry is answered with the second batch's tree, which holds the entry too.
        assertEquals(4, stored.head().treeSize());
        assertEquals(
            new Appended(stored.id(), 1, stored.leaf(), stored.leafHash(), false,
                second.get(1).get().head()),
            second.get(3).get());
        assertEquals(store.head().orElseThrow(), second.get(3).get().head());
        assertEquals(5, store.size());
      }
    }
  }

  @Test
  void submit_versionsOfNamesInEarlierBatches_takenOnesRefusedNewOnesAppended() throws Exception {
    var acme = SignedEntries.key("acme");
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 4, 10_000)) {
        List<CompletableFuture<Appended>> first = List.of(
            sequencer.submit(parse(SignedEntries.binding("acme", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/base", "1.0", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/other", "1.0", acme))),
            sequencer.submit(parse(SignedEntries.release("acme/third", "1.0", acme))));
        String base = first.get(1).get().id();
        // A second batch of four: a version of a stored name taken already, and one not; a
        // version of a new name, and another of that name.
        List<CompletableFuture<Appended>> second = List.of(
            sequencer.submit(parse(Envelopes.sign(
                Entries.modification("acme/base", "1.0", base), acme))),
            sequencer.submit(parse(Envelopes.sign(
                Entries.modification("acme/base", "2.0", base), acme))),
            sequencer.submit(parse(SignedEntries.release("acme/new", "1.0", acme))),
            sequencer.submit(parse(SignedEntries.derivation("acme/new", "1.0", base, acme))));
        for (int i : new int[] {0, 3}) {
          ExecutionException e = assertThrows(ExecutionException.class, second.get(i)::get);
          RejectedException refused = assertInstanceOf(RejectedException.class, e.getCause());
          assertEquals(Rejection.NAME_TAKEN, refused.rejection());
          assertEquals("/predicate/model/version", refused.field());
        }
        assertEquals(4, second.get(1).get().index());
        assertEquals(5, second.get(2).get().index());
        assertEquals(6, store.size());
      }
    }
  }

  @Test
  void submit_envelopeWhoseLeafCannotBeWritten_failsAloneNotItsBatch() throws Exception {
    var acme = SignedEntries.key("acme");
    Submission parsed = parse(SignedEntries.binding("acme", acme));
    DsseEnvelope envelope = parsed.envelope();
    // A lone surrogate has no canonical JSON form (DESIGN A1): no leaf can hold this envelope.
    Submission unwritable = new Submission(
        new DsseEnvelope(envelope.payload(), "\ud800", envelope.signatures()),
        envelope.payload(), parsed.statement(), parsed.id());
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 2, 10_000)) {
        // It fails on its own as it is submitted, not in a batch with the two after it.
        CompletableFuture<Appended> failed = sequencer.submit(unwritable);
        CompletableFuture<Appended> binding = sequencer.submit(parsed);
        CompletableFuture<Appended> release =
            sequencer.submit(parse(SignedEntries.release("acme/base", "1.0", acme)));

        ExecutionException e = assertThrows(ExecutionException.class, failed::get);
        assertEquals("payloadType cannot be canonicalised", e.getCause().getMessage());
        assertEquals(0, binding.get().index());
        assertEquals(1, release.get().index());
        assertEquals(2, store.size());
      }
    }
  }

  @Test
  void submit_sixteenConcurrentSubmitters_everyEntryOnceChainAndRootVerify() throws Exception {
    var acme = SignedEntries.key("acme");
    int threads = 16;
    int each = 25;
    try (Ledger ledger = Ledger.open(new LedgerConfig(dir, java.util.Optional.empty(), 64, 1,
        Clock.systemUTC()))) {
      ledger.submit(SignedEntries.binding("acme", acme)).join();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<List<Registration>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<Registration> done = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            done.add(ledger.submit(
                SignedEntries.release("acme/t" + thread + "-" + i, "1.0", acme)).join());
          }
          return done;
        }));
      }
      Set<Long> indexes = new HashSet<>();
      for (Future<List<Registration>> f : results) {
        for (Registration r : f.get()) {
          assertTrue(r.created());
          assertTrue(indexes.add(r.index()), "index " + r.index() + " twice");
        }
      }
      pool.shutdown();
      long size = 1L + threads * each;
      assertEquals(size, ledger.health().treeSize());
      ChainVerifier chain = ChainVerifier.fromGenesis();
      List<byte[]> hashes = new ArrayList<>();
      for (long i = 0; i < size; i++) {
        byte[] leaf = ledger.leaf(i).orElseThrow();
        chain.accept(leaf);
        hashes.add(Merkle.leafHash(leaf));
      }
      assertEquals(Bytes.copyOf(Merkle.root(hashes)),
          ledger.store().head().orElseThrow().root());
    }
  }

  @Test
  void submit_writeFails_wholeBatchFailsAndNextBatchBuildsOnTheOldState() throws Exception {
    var acme = SignedEntries.key("acme");
    try (FailingStore store = new FailingStore(RocksStore.open(dir))) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, SIGNER, Clock.systemUTC(), 2, 10_000)) {
        // Batches of two (the sequencer waits for the second): two fill each batch here.
        sequencer.submit(parse(SignedEntries.binding("acme", acme)));
        sequencer.submit(parse(SignedEntries.release("acme/z", "1.0", acme))).get();
        Bytes root = sequencer.root();
        store.failing = true;
        byte[] a = SignedEntries.release("acme/a", "1.0", acme);
        List<CompletableFuture<Appended>> failed = List.of(
            sequencer.submit(parse(a)),
            sequencer.submit(parse(SignedEntries.release("acme/b", "1.0", acme))));
        for (CompletableFuture<Appended> f : failed) {
          ExecutionException e = assertThrows(ExecutionException.class, f::get);
          assertEquals("injected write failure", e.getCause().getMessage());
        }
        assertEquals(2, store.size());
        assertEquals(root, sequencer.root());
        store.failing = false;
        List<CompletableFuture<Appended>> retried = List.of(
            sequencer.submit(parse(a)),
            sequencer.submit(parse(SignedEntries.release("acme/c", "1.0", acme))));
        assertEquals(2, retried.get(0).get().index());
        assertEquals(3, retried.get(1).get().index());
        assertTrue(retried.get(0).get().created());
      }
    }
  }
}
