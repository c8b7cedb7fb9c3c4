package dev.pedigree.ledger.service;

import dev.pedigree.ledger.checkpoint.LogOrigin;
import dev.pedigree.ledger.checkpoint.NoteFormatException;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.lineage.AffectedQuery;
import dev.pedigree.ledger.lineage.Bundles;
import dev.pedigree.ledger.lineage.DescendantCache;
import dev.pedigree.ledger.lineage.Descendants;
import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.Lineage;
import dev.pedigree.ledger.lineage.LineageQueries;
import dev.pedigree.ledger.lineage.LineageQueries.SearchHit;
import dev.pedigree.ledger.lineage.RecentLinks;
import dev.pedigree.ledger.lineage.StoreHashReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.rules.Affected;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.BatchListener;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.store.LeafVisitor;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The ledger as the HTTP API uses it: submissions go through parsing and signature checks on a
 * pool sized to the cores, then the single-writer {@link Sequencer}; reads go to the store.
 * Every method is thread-safe; reads block on RocksDB, so call them off the event loop.
 */
public final class Ledger implements AutoCloseable {
  private final RocksStore store;
  private final NoteSigner signer;
  private final StoreLedgerView view;
  private final Sequencer sequencer;
  private final ExecutorService workers;
  private final AnswerQueue answers;
  private final EntryReader reader;
  private final Bundles bundles;
  private final LineageQueries lineage;
  private final Descendants descendants;
  private final AffectedQuery affected;

  private Ledger(RocksStore store, NoteSigner signer, StoreLedgerView view, Sequencer sequencer,
      ExecutorService workers, Optional<DescendantCache> descendantCache) {
    this.store = store;
    this.signer = signer;
    this.view = view;
    this.sequencer = sequencer;
    this.workers = workers;
    this.answers = new AnswerQueue(workers, Runtime.getRuntime().availableProcessors());
    this.reader = new EntryReader(store);
    this.bundles = new Bundles(store, view);
    this.lineage = new LineageQueries(store);
    this.descendants = new Descendants(store, descendantCache);
    this.affected = new AffectedQuery(store, view);
  }

  /**
   * Opens (or creates) the ledger in {@code config.dataDir()}: reads or creates {@code log.key},
   * opens {@code store/}, re-verifies the end of the log (chain, leaf hashes, root, checkpoint
   * signature) and refuses a store that does not verify, naming the first bad index.
   */
  public static Ledger open(LedgerConfig config) throws LedgerException {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new LedgerException("data directory " + config.dataDir() + ": " + e, e);
    }
    Ed25519PrivateKey key = LogKey.loadOrCreate(config.dataDir());
    String origin = config.origin().orElseGet(() -> LogOrigin.defaultFor(key.publicKey()));
    NoteSigner signer;
    try {
      signer = NoteSigner.of(origin, key);
    } catch (NoteFormatException e) {
      throw new LedgerException("origin " + origin + " cannot name a log key: " + e.getMessage(),
          e);
    }
    RocksStore store;
    try {
      store = RocksStore.open(config.dataDir().resolve("store"));
    } catch (StoreException e) {
      throw new LedgerException(e.getMessage(), e);
    }
    try {
      StartupCheck.verify(store, signer.verifierKey());
      Optional<DescendantCache> descendantCache = Optional.empty();
      if (config.descendantCacheBytes() > 0) {
        // Taking links before the sequencer starts: none of the log is missed.
        RecentLinks links = new RecentLinks(config.recentLinks(), store.size());
        store.onAppended(links::appended);
        descendantCache = Optional.of(
            new DescendantCache(store, links, config.descendantCacheBytes()));
      }
      StoreLedgerView view = new StoreLedgerView(store);
      Sequencer sequencer = Sequencer.start(store, view, signer, config.clock(),
          config.batchSize(), config.batchMillis());
      ExecutorService workers = Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "pedigree-verify");
            t.setDaemon(true);
            return t;
          });
      return new Ledger(store, signer, view, sequencer, workers, descendantCache);
    } catch (LedgerException | StoreException | RuntimeException e) {
      store.close();
      throw e instanceof LedgerException l ? l : new LedgerException(e.getMessage(), e);
    }
  }

  // ---- write ---------------------------------------------------------------------------------

  /**
   * Registers a submitted DSSE envelope (DESIGN A8 {@code POST /v1/entries}). Never blocks: the
   * future completes once the entry is durable, or fails with a {@link RejectedException} (through
   * {@link CompletionException} on {@code join}) or a {@link StoreException}.
   */
  public CompletableFuture<Registration> submit(byte[] body) {
    byte[] copy = body.clone();
    CompletableFuture<Registration> registration = new CompletableFuture<>();
    workers.execute(() -> verifyAndQueue(copy, registration));
    return registration;
  }

  /**
   * On the pool: parses and verifies, hands the submission to the sequencer, and once it is
   * durable queues its answer, which a drainer on the pool builds (see {@link AnswerQueue}).
   */
  private void verifyAndQueue(byte[] body, CompletableFuture<Registration> registration) {
    Submission submission;
    try {
      submission = verified(body);
    } catch (RuntimeException | Error e) {
      fail(registration, e);
      return;
    }
    sequencer.submit(submission).whenComplete((appended, failure) -> {
      if (failure != null) {
        fail(registration, failure); // refused by the rules, or the batch was not written
      } else {
        answers.add(() -> answer(registration, submission, appended));
      }
    });
  }

  private void answer(CompletableFuture<Registration> registration, Submission submission,
      Appended appended) {
    try {
      registration.complete(registration(submission, appended));
    } catch (RuntimeException | Error e) {
      fail(registration, e);
    }
  }

  /** Fails as a chain of completion stages would: the cause wrapped once. */
  private static void fail(CompletableFuture<Registration> registration, Throwable failure) {
    registration.completeExceptionally(failure instanceof CompletionException
        ? failure : new CompletionException(failure));
  }

  /** The answer to a durable submission; its bundle needs no read-back of the entry itself. */
  private Registration registration(Submission submission, Appended appended) {
    try {
      Bytes bundle = bundles.answer(appended.id(), appended.index(), appended.leaf(),
          submission.statement(), appended.head());
      return new Registration(appended.id(), appended.index(), appended.leafHash(), bundle,
          appended.created());
    } catch (StoreException e) {
      throw new CompletionException(e);
    }
  }

  private Submission verified(byte[] body) {
    try {
      Submission submission = Submission.parse(body);
      submission.verifySignatures(view.keyLookup());
      return submission;
    } catch (RejectedException e) {
      throw new CompletionException(e);
    }
  }

  // ---- the log (DESIGN A8 /v1/log) ----------------------------------------------------------

  /**
   * The latest signed checkpoint. Served from memory (the store keeps its head there once it is
   * durable), so unlike the other reads it never waits on the disk: an event loop may call it.
   */
  public String checkpoint() throws StoreException {
    return store.head().orElseThrow(() -> new StoreException("no checkpoint")).checkpoint();
  }

  /** The log's verifier key text, {@code <origin>+<key id>+<key>}, without a newline. */
  public String verifierKey() {
    return signer.verifierKey().format();
  }

  /** The exact leaf bytes at {@code index}. */
  public Optional<byte[]> leaf(long index) throws StoreException {
    return index < 0 ? Optional.empty() : store.leaf(index).map(Bytes::toByteArray);
  }

  /** The RFC 6962 inclusion proof of {@code index} in the tree of {@code size}. */
  public List<Bytes> inclusionProof(long index, long size)
      throws RejectedException, StoreException {
    long current = store.size();
    if (index < 0 || size <= index || size > current) {
      throw new RejectedException(Rejection.OUT_OF_RANGE, null, "index " + index + " and size "
          + size + ": want 0 <= index < size <= " + current);
    }
    try {
      return bytes(Proofs.inclusion(index, size, new StoreHashReader(store)));
    } catch (HashReadException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /**
   * The inclusion proof of {@code index} in the tree of {@code size}, as {@link
   * #inclusionProof(long, long)}, its stored hashes read through {@code hashes} (a cache in front
   * of {@link #storedHashes()}, say) in one call. Only {@code hashes} may block; what it throws is
   * thrown as it is.
   */
  public List<Bytes> inclusionProof(long index, long size, HashReader hashes)
      throws RejectedException, StoreException, HashReadException {
    long current = store.size();
    if (index < 0 || size <= index || size > current) {
      throw new RejectedException(Rejection.OUT_OF_RANGE, null, "index " + index + " and size "
          + size + ": want 0 <= index < size <= " + current);
    }
    return bytes(Proofs.inclusion(index, size, hashes));
  }

  /**
   * The store's stored Merkle hashes (DESIGN B4), which never change once written; reads block on
   * RocksDB.
   */
  public HashReader storedHashes() {
    return new StoreHashReader(store);
  }

  /** The RFC 6962 consistency proof between two sizes; from 0 is refused (DESIGN A2). */
  public List<Bytes> consistencyProof(long from, long to)
      throws RejectedException, StoreException {
    long current = store.size();
    if (from < 1 || to < from || to > current) {
      throw new RejectedException(Rejection.OUT_OF_RANGE, null, "from " + from + " and to " + to
          + ": want 1 <= from <= to <= " + current);
    }
    try {
      return bytes(Proofs.consistency(from, to, new StoreHashReader(store)));
    } catch (HashReadException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** Streams the leaves of {@code [from, to)} in order, each exactly as stored. */
  public void export(long from, long to, Consumer<byte[]> sink)
      throws RejectedException, StoreException {
    long current = store.size();
    if (from < 0 || to < from || to > current) {
      throw new RejectedException(Rejection.OUT_OF_RANGE, null, "from " + from + " and to " + to
          + ": want 0 <= from <= to <= " + current);
    }
    LeafVisitor<RuntimeException> visitor = (index, leaf) -> sink.accept(leaf.toByteArray());
    store.forEachLeaf(from, to, visitor);
  }

  /**
   * The leaves of {@code [from, to)}, at most {@link Store#MAX_PAGE}: for an export that pulls
   * chunk by chunk and waits for its client in between.
   */
  public List<byte[]> leaves(long from, long to) throws RejectedException, StoreException {
    long current = store.size();
    if (from < 0 || to < from || to > current || to - from > Store.MAX_PAGE) {
      throw new RejectedException(Rejection.OUT_OF_RANGE, null, "from " + from + " and to " + to
          + ": want 0 <= from <= to <= " + current + ", at most " + Store.MAX_PAGE + " leaves");
    }
    return store.leaves(from, to).stream().map(Bytes::toByteArray).toList();
  }

  // ---- entries --------------------------------------------------------------------------------

  /** The bundle of an entry against the latest checkpoint (DESIGN A7). */
  public Optional<String> bundle(String id) throws StoreException {
    return bundles.bundle(id);
  }

  public Optional<EntryView> entry(String id) throws StoreException {
    return reader.byId(id).map(Ledger::view);
  }

  /**
   * What an entry is affected by: revocations of it or its ancestors, signing keys later removed
   * as compromised (DESIGN A5). Empty when the id is unknown.
   */
  public Optional<List<Affected.Finding>> affected(String id) throws StoreException {
    return affected.of(id);
  }

  /** The lineage of an entry (DESIGN B5), empty when the id is unknown. */
  public Optional<Lineage> lineage(String id, Direction direction, int depth, int limit)
      throws StoreException {
    return lineage.lineage(id, direction, depth, limit);
  }

  /** How many entries name this one as a parent (direct children); empty for an unknown id. */
  public OptionalLong childCount(String id) throws StoreException {
    return descendants.childCount(id);
  }

  /**
   * How many distinct entries descend from this one, transitively, each once (DESIGN B5): what
   * "N derivatives" means. The first count of an entry walks its subtree; later ones catch its
   * cached set up with the entries appended since (see {@link DescendantCache}).
   */
  public OptionalLong descendantCount(String id) throws StoreException {
    return descendants.count(id);
  }

  /**
   * The memory the descendant cache's sets take now, in bytes, as counted against {@link
   * LedgerConfig#descendantCacheBytes()}; 0 when the cache is off.
   */
  public long descendantCacheBytes() {
    return descendants.cacheBytesHeld();
  }

  /** How many entries' descendant sets are cached now; 0 when the cache is off. */
  public int descendantCacheRoots() {
    return descendants.cacheRootsHeld();
  }

  /** A page of the entry's descendant ids, breadth first (see {@link Descendants}). */
  public Optional<Page<String>> descendants(String id, Optional<String> cursor, int limit)
      throws StoreException {
    return descendants.page(id, cursor, limit);
  }

  /** Every descendant id of the entry, breadth first, each once. */
  public Optional<List<String>> descendantIds(String id) throws StoreException {
    return descendants.ids(id);
  }

  /** Entries holding a file of this SHA-256, paged (DESIGN A8 search). */
  public Page<SearchHit> search(Bytes sha256, Optional<String> cursor, int limit)
      throws StoreException {
    return lineage.search(sha256, cursor, limit);
  }

  /** The versions of a model (any spelling of its name), by index. */
  public Page<ModelVersion> versions(String name, Optional<String> cursor, int limit)
      throws StoreException {
    return store.versions(Names.fold(name), cursor, limit);
  }

  /** The entry registering {@code name@version}. */
  public Optional<EntryView> modelVersion(String name, String version) throws StoreException {
    OptionalLong index = store.modelVersion(Names.fold(name), version);
    return index.isEmpty() ? Optional.empty() : reader.at(index.getAsLong()).map(Ledger::view);
  }

  /** The models of a namespace, by folded name. */
  public Page<ModelListing> models(String namespace, Optional<String> cursor, int limit)
      throws StoreException {
    return store.models(Names.fold(namespace), cursor, limit);
  }

  /** The indexes of the attestations about an entry. */
  public Page<Long> attestations(String id, Optional<String> cursor, int limit)
      throws StoreException {
    Optional<Bytes> key = EntryReader.idBytes(id);
    return key.isEmpty() ? new Page<>(List.of(), Optional.empty())
        : store.attestations(key.get(), cursor, limit);
  }

  /** The indexes of the revocations of an entry. */
  public List<Long> revocations(String id) throws StoreException {
    Optional<Bytes> key = EntryReader.idBytes(id);
    return key.isEmpty() ? List.of() : store.revocations(key.get());
  }

  /** Tells {@code listener} of each durable batch, on the sequencer's thread. */
  public void onBatch(BatchListener listener) {
    sequencer.onBatch(listener);
  }

  public Health health() throws StoreException {
    return new Health(store.size(), sequencer.alive());
  }

  /** The store, for tools that read it directly (export, audit). */
  public Store store() {
    return store;
  }

  @Override
  public void close() {
    sequencer.close();
    workers.shutdown();
    store.close();
  }

  private static EntryView view(StoredRecord r) {
    return new EntryView(r.id(), r.index(), r.record().integratedTime().toString(),
        r.record().envelope().keyIds(), r.statement());
  }

  private static List<Bytes> bytes(List<byte[]> hashes) {
    return hashes.stream().map(Bytes::copyOf).toList();
  }
}
