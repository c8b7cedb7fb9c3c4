package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.intake.KeyLookup;
import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.rules.KeyHistory;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules' view of every entry in the store (DESIGN B3): what the sequencer checks a batch
 * against, beneath the batch's own overlay. Thread-safe. Key histories are replayed from the
 * namespace's key entries once and then extended as the log grows; public keys are never
 * forgotten, so the {@link #keyLookup()} used to verify signatures in parallel is cached too.
 *
 * <p>{@link LedgerView} does not throw checked exceptions, so a storage failure surfaces as
 * {@link StoreFailure}, which the sequencer turns back into a failed batch.
 */
public final class StoreLedgerView implements LedgerView {
  private final Store store;
  private final EntryReader reader;
  private final Map<String, KeyHistory> histories = new ConcurrentHashMap<>();
  /** Key id to folded namespace: a key belongs to one namespace, ever (DESIGN A5). */
  private final Map<String, String> keyNamespaces = new ConcurrentHashMap<>();

  public StoreLedgerView(Store store) {
    this.store = store;
    this.reader = new EntryReader(store);
  }

  /** A storage failure inside a {@link LedgerView} call, which cannot throw checked ones. */
  public static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(StoreException cause) {
      super(cause.getMessage(), cause);
    }

    @Override
    public synchronized StoreException getCause() {
      return (StoreException) super.getCause();
    }
  }

  @Override
  public Optional<EntryInfo> entry(String id) {
    try {
      Optional<StoredRecord> stored = reader.byId(id);
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(info(stored.get()));
    } catch (StoreException e) {
      throw new StoreFailure(e);
    }
  }

  private EntryInfo info(StoredRecord stored) throws StoreException {
    String namespace;
    if (stored.statement().predicate() instanceof Revocation revocation) {
      // A revocation is signed in its target's namespace (DESIGN A5), which the target records.
      namespace = entry(revocation.target().hex()).orElseThrow(() -> new StoreException(
          "revocation at " + stored.index() + " names absent target " + revocation.target()))
          .namespace();
    } else {
      namespace = stored.statement().signerNamespace().orElseThrow().folded();
    }
    return EntryInfo.of(stored.id(), stored.index(), stored.statement(), namespace,
        stored.record().envelope().keyIds());
  }

  @Override
  public Optional<String> spelling(String foldedName) {
    try {
      return store.spelling(foldedName);
    } catch (StoreException e) {
      throw new StoreFailure(e);
    }
  }

  @Override
  public boolean versionTaken(String foldedName, String version) {
    try {
      return store.modelVersion(foldedName, version).isPresent();
    } catch (StoreException e) {
      throw new StoreFailure(e);
    }
  }

  @Override
  public Optional<KeyHistory> keyHistory(String foldedNamespace) {
    try {
      OptionalLong latest = store.latestKeyEntry(foldedNamespace);
      if (latest.isEmpty()) {
        return Optional.empty();
      }
      KeyHistory cached = histories.get(foldedNamespace);
      if (cached != null && cached.latestIndex() == latest.getAsLong()) {
        return Optional.of(cached);
      }
      KeyHistory history = cached;
      List<Long> entries = store.keyEntries(foldedNamespace);
      for (long index : entries) {
        if (history != null && index <= history.latestIndex()) {
          continue;
        }
        StoredRecord stored = reader.at(index).orElseThrow();
        KeyChange change = (KeyChange) stored.statement().predicate();
        history = history == null
            ? KeyHistory.bind(index, stored.id(), change)
            : history.apply(index, stored.id(), change);
      }
      histories.merge(foldedNamespace, history,
          (a, b) -> a.latestIndex() >= b.latestIndex() ? a : b);
      return Optional.ofNullable(history);
    } catch (StoreException e) {
      throw new StoreFailure(e);
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new StoreFailure(new StoreException(
          "key history of " + foldedNamespace + " does not replay: " + e.getMessage(), e));
    }
  }

  @Override
  public Optional<String> namespaceOfKey(String keyId) {
    String known = keyNamespaces.get(keyId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Bytes> id = EntryReader.idBytes(keyId);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<String> namespace = store.keyBinding(id.get()).map(KeyBinding::namespace);
      namespace.ifPresent(n -> keyNamespaces.put(keyId, n));
      return namespace;
    } catch (StoreException e) {
      throw new StoreFailure(e);
    }
  }

  /**
   * Looks keys up in the cached key histories first: a key once bound stays "ever bound", so a
   * cached history that knows the key answers as the store would. Only a key the cache does not
   * know costs reads of the store.
   */
  @Override
  public KeyLookup keyLookup() {
    return keyId -> {
      String namespace = keyNamespaces.get(keyId);
      KeyHistory cached = namespace == null ? null : histories.get(namespace);
      Optional<Ed25519PublicKey> key =
          cached == null ? Optional.empty() : cached.everBound(keyId);
      return key.isPresent() ? key
          : namespaceOfKey(keyId).flatMap(this::keyHistory).flatMap(h -> h.everBound(keyId));
    };
  }
}
