package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.rules.Accepted;
import dev.pedigree.ledger.rules.Affected;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.rules.KeyHistory;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.rules.MemoryLedgerView;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an entry is affected by (DESIGN A5, B5), decided by {@link Affected} over the part of the
 * log that matters: the entry, its ancestors, their revocations, and the key histories of the
 * namespaces of its signing keys, gathered from the store's indexes.
 */
public final class AffectedQuery {
  private final Store store;
  private final LedgerView view;
  private final EntryReader reader;

  /** {@code view} is the rules' view of the whole store. */
  public AffectedQuery(Store store, LedgerView view) {
    this.store = store;
    this.view = view;
    this.reader = new EntryReader(store);
  }

  /** The findings about entry {@code id}, by the index that causes them; empty if no such id. */
  public Optional<List<Affected.Finding>> of(String id) throws StoreException {
    Optional<EntryInfo> entry = view.entry(id);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Accepted> part = new HashMap<>();
    Deque<EntryInfo> todo = new ArrayDeque<>(List.of(entry.get()));
    while (!todo.isEmpty()) {
      EntryInfo e = todo.pop();
      if (part.putIfAbsent(e.id(), new Accepted(e, Optional.empty())) != null) {
        continue;
      }
      for (long r : store.revocations(Bytes.fromHex(e.id()))) {
        EntryInfo revocation = view.entry(reader.at(r).orElseThrow().id()).orElseThrow();
        part.putIfAbsent(revocation.id(), new Accepted(revocation, Optional.empty()));
      }
      for (String parent : e.parents()) {
        view.entry(parent).ifPresent(todo::add);
      }
    }
    for (String keyId : entry.get().signerKeyIds()) {
      Optional<KeyHistory> history = view.namespaceOfKey(keyId).flatMap(view::keyHistory);
      if (history.isPresent()) {
        // The latest key entry carries the namespace's whole history, removals included.
        EntryInfo latest = view.entry(history.get().latestKeyEntryId()).orElseThrow();
        part.put(latest.id(), new Accepted(latest, history));
      }
    }
    MemoryLedgerView memory = new MemoryLedgerView();
    part.values().stream()
        .sorted(Comparator.comparingLong(a -> a.info().index()))
        .forEach(memory::apply);
    return Optional.of(Affected.of(memory, id));
  }
}
