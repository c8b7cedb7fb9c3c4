package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.rules.KeyHistory;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.StoredEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store view as the single writer sees it: key histories are kept between batches without
 * asking the store whether a namespace's key entries changed, because only this writer appends
 * them and it forgets a namespace's history once it has durably appended a key entry there
 * ({@link #written}). Used by the sequencer's thread only; not thread-safe.
 */
final class WriterView implements LedgerView {
  private final StoreLedgerView store;
  private final Map<String, Optional<KeyHistory>> histories = new HashMap<>();
  /** The spellings the store held when the batch being built began, by folded name. */
  private final Map<String, Optional<String>> spellings = new HashMap<>();
  /** Ids the store did not hold when the batch being built began. */
  private Set<String> absent = Set.of();

  WriterView(StoreLedgerView store) {
    this.store = store;
  }

  /** After a durable append: the key histories of the namespaces it changed are read again. */
  void written(List<StoredEntry> entries) {
    for (StoredEntry e : entries) {
      if (e.facts().kind() == Kind.KEY) {
        histories.remove(e.facts().namespace());
      }
    }
  }

  /**
   * While a batch is built: the store's spellings of the names it registers, read at its start
   * (nothing is written until it is built). Empty lists forget them.
   */
  void expectSpellings(List<String> folded, List<Optional<String>> spelled) {
    spellings.clear();
    for (int i = 0; i < folded.size(); i++) {
      spellings.put(folded.get(i), spelled.get(i));
    }
  }

  /**
   * While a batch is built: ids the store did not hold at its start (nothing is written until it
   * is built), which {@link #entry} then answers without a read. An empty set forgets them.
   */
  void expectAbsent(Set<String> ids) {
    absent = ids;
  }

  @Override
  public Optional<KeyHistory> keyHistory(String foldedNamespace) {
    Optional<KeyHistory> known = histories.get(foldedNamespace);
    if (known == null) {
      known = store.keyHistory(foldedNamespace);
      histories.put(foldedNamespace, known);
    }
    return known;
  }

  @Override
  public Optional<EntryInfo> entry(String id) {
    return absent.contains(id) ? Optional.empty() : store.entry(id);
  }

  @Override
  public Optional<String> spelling(String foldedName) {
    Optional<String> known = spellings.get(foldedName);
    return known != null ? known : store.spelling(foldedName);
  }

  @Override
  public boolean versionTaken(String foldedName, String version) {
    // A registered name@version gave its name a first spelling: without one, no version, no read.
    Optional<String> spelled = spellings.get(foldedName);
    if (spelled != null && spelled.isEmpty()) {
      return false;
    }
    return store.versionTaken(foldedName, version);
  }

  @Override
  public Optional<String> namespaceOfKey(String keyId) {
    return store.namespaceOfKey(keyId);
  }
}
