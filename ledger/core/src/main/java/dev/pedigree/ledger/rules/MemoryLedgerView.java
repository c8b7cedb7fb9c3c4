package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.statement.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link LedgerView} held in memory, grown one accepted entry at a time: what {@code verify},
 * {@code audit} and tests replay a ledger with. Memory grows with the entries seen (their facts,
 * not their files). Not thread-safe.
 */
public final class MemoryLedgerView implements LedgerView {
  private final Map<String, EntryInfo> entries = new HashMap<>();
  private final Map<String, String> spellings = new HashMap<>();
  private final Set<Version> versions = new HashSet<>();
  private final Map<String, KeyHistory> keyHistories = new HashMap<>();
  private final Map<String, String> keyNamespaces = new HashMap<>();
  private final Map<String, List<EntryInfo>> revocations = new HashMap<>();
  private long size;

  /** Records an entry the rules accepted; entries come in index order. */
  public void apply(Accepted accepted) {
    EntryInfo info = accepted.info();
    if (info.index() < size) {
      throw new IllegalArgumentException("index " + info.index() + ", want at least " + size);
    }
    if (entries.putIfAbsent(info.id(), info) != null) {
      throw new IllegalArgumentException("entry " + info.id() + " applied twice");
    }
    size = info.index() + 1;
    if (info.model() != null) {
      String folded = info.model().name().folded();
      spellings.putIfAbsent(folded, info.model().name().text());
      versions.add(new Version(folded, info.model().version().value()));
    }
    if (info.kind() == Kind.REVOCATION) {
      revocations.computeIfAbsent(info.target(), t -> new ArrayList<>()).add(info);
    }
    accepted
        .keyHistory()
        .ifPresent(
            h -> {
              keyHistories.put(h.folded(), h);
              h.allKeys().keySet().forEach(k -> keyNamespaces.put(k, h.folded()));
            });
  }

  /** One past the highest index applied: the index the next entry takes. */
  public long size() {
    return size;
  }

  /** The revocations of an entry, in index order. */
  public List<EntryInfo> revocationsOf(String id) {
    return List.copyOf(revocations.getOrDefault(id, List.of()));
  }

  @Override
  public Optional<EntryInfo> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public Optional<String> spelling(String foldedName) {
    return Optional.ofNullable(spellings.get(foldedName));
  }

  @Override
  public boolean versionTaken(String foldedName, String version) {
    return versions.contains(new Version(foldedName, version));
  }

  @Override
  public Optional<KeyHistory> keyHistory(String foldedNamespace) {
    return Optional.ofNullable(keyHistories.get(foldedNamespace));
  }

  @Override
  public Optional<String> namespaceOfKey(String keyId) {
    return Optional.ofNullable(keyNamespaces.get(keyId));
  }

  /**
   * A registered {@code name@version}: a pair rather than the joined text, whose hash would be
   * computed anew on every question, where the parts' hashes are kept by their strings.
   */
  private record Version(String folded, String version) {}
}
