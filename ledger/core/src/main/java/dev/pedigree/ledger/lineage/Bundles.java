package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.lineage.BundleJson.Proved;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Builds an entry's bundle (DESIGN A7) from the store: the entry, the key entries of every
 * namespace a verifier must replay, and the entry's revocations, each with its inclusion proof
 * against one checkpoint.
 */
public final class Bundles {
  public static final String MEDIA_TYPE = "application/vnd.pedigree.bundle.v1+json";
  /** Proved key entries, and namespaces, kept per checkpoint: a bound, rarely reached. */
  private static final int MAX_SHARED = 256;
  /**
   * Checkpoints whose proved key entries are kept, the latest trees seen: the answers of the
   * batches in flight at once (on the pool's drainers) each find their batch's.
   */
  private static final int SLOTS = 4;

  private final Store store;
  private final LedgerView view;
  private final StoreHashReader hashes;
  private final AtomicReferenceArray<ProvedCache> recent = new AtomicReferenceArray<>(SLOTS);

  public Bundles(Store store, LedgerView view) {
    this.store = store;
    this.view = view;
    this.hashes = new StoreHashReader(store);
  }

  /**
   * The bundle of the entry with this id, pretty-printed for people and saved files (the form of
   * {@code GET /v1/entries/{id}/bundle}); empty when the id is not in the log.
   */
  public Optional<String> bundle(String id) throws StoreException {
    Optional<Bytes> key = EntryReader.idBytes(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong index = store.indexOf(key.get());
    if (index.isEmpty()) {
      return Optional.empty();
    }
    // Read the head after the index: the store's monotonic reads put the entry below its size.
    Head head = store.head().orElseThrow();
    byte[] json = write(key.get(), index.getAsLong(), Optional.empty(), namespace(id), head, true);
    return Optional.of(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * The bundle of an entry the caller has just appended or found, compact JSON in UTF-8, for the
   * answer to a submission that embeds it: the same bundle as {@link #bundle(String)}, built from
   * the leaf the caller holds (the bytes stored at {@code index}) without reading the entry back
   * (a revocation, signed in its target's namespace, still looks the target up), and proved
   * against {@code head}, a durable tree that holds the entry (its batch's: the answers of one
   * batch share their key entries' proofs).
   */
  public Bytes answer(String id, long index, Bytes leaf, Statement statement, Head head)
      throws StoreException {
    if (index >= head.treeSize()) {
      throw new IllegalArgumentException(
          "entry " + index + " is not in the tree of size " + head.treeSize());
    }
    String namespace;
    if (statement.predicate() instanceof Revocation revocation) {
      namespace = namespace(revocation.target().hex());
    } else {
      namespace = statement.signerNamespace().orElseThrow().folded();
    }
    return Bytes.copyOf(
        write(Bytes.fromHex(id), index, Optional.of(leaf), namespace, head, false));
  }

  private byte[] write(Bytes key, long index, Optional<Bytes> leaf, String entryNamespace,
      Head head, boolean pretty) throws StoreException {
    long size = head.treeSize();
    TreeSet<String> namespaces = new TreeSet<>();
    namespaces.add(entryNamespace);
    TreeSet<Long> revocations = new TreeSet<>();
    for (long r : store.revocations(key)) {
      if (r < size) {
        revocations.add(r);
        StoredRecord revocation = new EntryReader(store).at(r).orElseThrow();
        namespaces.add(namespace(revocation.id()));
      }
    }
    TreeSet<Long> keys = new TreeSet<>();
    for (String namespace : namespaces) {
      keys.addAll(keyEntries(namespace, head));
    }
    List<Proved> keyItems = new ArrayList<>(keys.size());
    for (long k : keys) {
      keyItems.add(sharedProved(k, head));
    }
    List<Proved> revocationItems = new ArrayList<>(revocations.size());
    for (long r : revocations) {
      revocationItems.add(proved(r, head));
    }
    Proved entry = leaf.isPresent() ? proved(index, leaf.get(), head) : proved(index, head);
    return BundleJson.write(entry, keyItems, revocationItems, pretty);
  }

  /** The signing namespace of an entry (for an attestation the attester's, DESIGN A5). */
  private String namespace(String id) throws StoreException {
    try {
      return view.entry(id).orElseThrow(() -> new StoreException("entry " + id + " vanished"))
          .namespace();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StoreException s) {
        throw s;
      }
      throw e;
    }
  }

  /** The key entries of a namespace below the head's size, shared like {@link #sharedProved}. */
  private List<Long> keyEntries(String namespace, Head head) throws StoreException {
    ProvedCache cache = cacheFor(head);
    List<Long> known = cache.keyEntries().get(namespace);
    if (known == null) {
      long size = head.treeSize();
      known = store.keyEntries(namespace).stream().filter(k -> k < size).toList();
      if (cache.keyEntries().size() < MAX_SHARED) {
        cache.keyEntries().put(namespace, known);
      }
    }
    return known;
  }

  /** The cache for the head's checkpoint, made in place of the smallest tree's if missing. */
  private ProvedCache cacheFor(Head head) {
    int oldest = 0;
    long oldestSize = Long.MAX_VALUE;
    for (int slot = 0; slot < SLOTS; slot++) {
      ProvedCache cache = recent.get(slot);
      long size = cache == null ? -1 : cache.treeSize();
      if (size == head.treeSize() && cache.checkpoint().equals(head.checkpoint())) {
        return cache;
      }
      if (size < oldestSize) {
        oldest = slot;
        oldestSize = size;
      }
    }
    ProvedCache cache = new ProvedCache(head.treeSize(), head.checkpoint(),
        BundleJson.escape(head.checkpoint()), new ConcurrentHashMap<>(),
        new ConcurrentHashMap<>());
    recent.set(oldest, cache);
    return cache;
  }

  /** The head's checkpoint escaped for a JSON string, once per checkpoint. */
  private Bytes checkpointJson(Head head) {
    return cacheFor(head).checkpointJson();
  }

  /**
   * {@link #proved} of a key entry, which every bundle against the same checkpoint shares: kept
   * for the recent checkpoints, so that a batch's answers read and prove it once.
   */
  private Proved sharedProved(long index, Head head) throws StoreException {
    ProvedCache cache = cacheFor(head);
    Proved proved = cache.entries().get(index);
    if (proved == null) {
      proved = proved(index, head);
      if (cache.entries().size() < MAX_SHARED) {
        cache.entries().put(index, proved);
      }
    }
    return proved;
  }

  /** {@code {"leaf", "proof"}} of the entry at {@code index} against {@code head}. */
  private Proved proved(long index, Head head) throws StoreException {
    Bytes leaf = store.leaf(index).orElseThrow(
        () -> new StoreException("no leaf at " + index + " below size " + head.treeSize()));
    return proved(index, leaf, head);
  }

  /** {@link #proved(long, Head)} of a leaf already in hand. */
  private Proved proved(long index, Bytes leaf, Head head) throws StoreException {
    List<byte[]> path;
    try {
      path = Proofs.inclusion(index, head.treeSize(), hashes);
    } catch (HashReadException e) {
      throw new StoreException("inclusion proof of " + index + ": " + e.getMessage(), e);
    }
    return BundleJson.proved(leaf, index, path, checkpointJson(head));
  }

  /**
   * What is kept for one checkpoint: the checkpoint escaped for JSON, proved key entries, and
   * namespaces' key entries below its tree size.
   */
  private record ProvedCache(long treeSize, String checkpoint, Bytes checkpointJson,
      Map<Long, Proved> entries, Map<String, List<Long>> keyEntries) {}
}
