package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.KeyReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The keys of one namespace along its chain of key entries (DESIGN A5): which keys were bound,
 * when, and which were removed, when and why. Immutable: {@link #apply} returns a new history.
 */
public final class KeyHistory {
  /** A key's removal: the index and id of the key entry, and why (compromised taints). */
  public record Removal(long index, KeyReason reason, String entryId) {}

  private record Binding(Ed25519PublicKey key, long index) {}

  private final String namespace;
  private final List<String> keyEntryIds;
  private final long latestIndex;
  private final Map<String, Binding> bindings;
  private final Map<String, Removal> removals;

  private KeyHistory(
      String namespace,
      List<String> keyEntryIds,
      long latestIndex,
      Map<String, Binding> bindings,
      Map<String, Removal> removals) {
    this.namespace = namespace;
    this.keyEntryIds = List.copyOf(keyEntryIds);
    this.latestIndex = latestIndex;
    this.bindings = Collections.unmodifiableMap(bindings);
    this.removals = Collections.unmodifiableMap(removals);
  }

  /**
   * The history started by a namespace's first key entry.
   *
   * @throws IllegalArgumentException if the change names a previous entry or removes keys
   */
  public static KeyHistory bind(long index, String entryId, KeyChange change) {
    if (change.previous().isPresent() || !change.remove().isEmpty()) {
      throw new IllegalArgumentException("a first key entry names no previous and removes nothing");
    }
    KeyHistory empty =
        new KeyHistory(change.namespace().value(), List.of(), -1, Map.of(), Map.of());
    return empty.apply(index, entryId, change);
  }

  /**
   * This history followed by one more key entry, which the rules accepted.
   *
   * @throws IllegalArgumentException if the change does not fit: another namespace, an index not
   *     after the latest, a key added twice, a key removed that is not current, or no key left
   */
  public KeyHistory apply(long index, String entryId, KeyChange change) {
    if (!change.namespace().folded().equals(folded())) {
      throw new IllegalArgumentException(
          "key entry of " + change.namespace() + " applied to the history of " + namespace);
    }
    if (index <= latestIndex) {
      throw new IllegalArgumentException("index " + index + ", want above " + latestIndex);
    }
    Map<String, Binding> bound = new LinkedHashMap<>(bindings);
    for (Ed25519PublicKey key : change.add()) {
      if (bound.putIfAbsent(key.keyId(), new Binding(key, index)) != null) {
        throw new IllegalArgumentException("key " + key.keyId() + " is bound already");
      }
    }
    Map<String, Removal> removed = new LinkedHashMap<>(removals);
    for (Ed25519PublicKey key : change.remove()) {
      if (!bindings.containsKey(key.keyId()) || removals.containsKey(key.keyId())) {
        throw new IllegalArgumentException("key " + key.keyId() + " is not current");
      }
      removed.put(key.keyId(), new Removal(index, change.reason().orElseThrow(), entryId));
    }
    if (bound.size() == removed.size()) {
      throw new IllegalArgumentException("namespace " + namespace + " would have no key");
    }
    List<String> ids = new ArrayList<>(keyEntryIds);
    ids.add(entryId);
    return new KeyHistory(namespace, ids, index, bound, removed);
  }

  /** The namespace as its first key entry spelled it. */
  public String namespace() {
    return namespace;
  }

  /** The namespace in folded form, as {@link LedgerView} keys it. */
  public String folded() {
    return KeyNames.fold(namespace);
  }

  /** The id of the latest key entry: what the next one must name as {@code previous}. */
  public String latestKeyEntryId() {
    return keyEntryIds.get(keyEntryIds.size() - 1);
  }

  /** The index of the latest key entry. */
  public long latestIndex() {
    return latestIndex;
  }

  /** The ids of the namespace's key entries, in index order. */
  public List<String> keyEntryIds() {
    return keyEntryIds;
  }

  /** The keys bound now, by keyid, ascending. */
  public Map<String, Ed25519PublicKey> current() {
    Map<String, Ed25519PublicKey> keys = new TreeMap<>();
    bindings.forEach(
        (id, b) -> {
          if (!removals.containsKey(id)) {
            keys.put(id, b.key());
          }
        });
    return Collections.unmodifiableMap(keys);
  }

  /** Every key ever bound to the namespace, removed ones included, by keyid, ascending. */
  public Map<String, Ed25519PublicKey> allKeys() {
    Map<String, Ed25519PublicKey> keys = new TreeMap<>();
    bindings.forEach((id, b) -> keys.put(id, b.key()));
    return Collections.unmodifiableMap(keys);
  }

  /** The key with this keyid if it was ever bound here, even if removed since. */
  public Optional<Ed25519PublicKey> everBound(String keyId) {
    return Optional.ofNullable(bindings.get(keyId)).map(Binding::key);
  }

  /** The index of the key entry that bound the key. */
  public OptionalLong boundIndex(String keyId) {
    Binding b = bindings.get(keyId);
    return b == null ? OptionalLong.empty() : OptionalLong.of(b.index());
  }

  public Optional<Removal> removal(String keyId) {
    return Optional.ofNullable(removals.get(keyId));
  }

  /**
   * Whether the key may sign the entry at {@code index}: bound by a key entry before it and not
   * removed by one before it.
   */
  public boolean boundAt(String keyId, long index) {
    Binding b = bindings.get(keyId);
    Removal r = removals.get(keyId);
    return b != null && b.index() < index && (r == null || r.index() >= index);
  }

  @Override
  public String toString() {
    return "KeyHistory[" + namespace + ", entries " + keyEntryIds + ", current "
        + current().keySet() + "]";
  }
}
