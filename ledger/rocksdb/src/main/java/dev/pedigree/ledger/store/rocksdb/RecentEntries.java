package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.StoredEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of the latest entries this store appended, and the revocations of each. A revocation
 * comes after its target, so every revocation of an entry appended since the store was opened was
 * appended since as well: for such an entry the list here is the whole list, without the prefix
 * scan of RocksDB that the bundle in every answer needs (for the entry just appended, whose
 * revocations, if any, are in its batch or after it).
 *
 * <p>Answers for the latest {@link #WINDOW} entries, and holds the ids of at most twice as many.
 * Written by the appender only, under the store's writer lock; read by any thread.
 */
final class RecentEntries {
  /** Some 16 batches of 256: the answers of a batch are built while the next ones are written. */
  static final int WINDOW = 4_096;

  private final int window;
  /**
   * Indexes by id in two generations of at most {@code window} ids each: the current one takes
   * every append and, once full, becomes the previous one, whose ids are dropped all at once. So
   * the window is always held, with up to one window before it that {@link #first} rules out;
   * removing each id as it left the window cost a lock of the map per entry.
   */
  private volatile Map<Bytes, Long> current;
  private volatile Map<Bytes, Long> previous = Map.of();
  /** The ids in {@link #current}; the writer's only. */
  private int inCurrent;
  /** Revocation indexes by target, in index order; each list replaced, never changed. */
  private final Map<Bytes, List<Long>> revocations = new ConcurrentHashMap<>();
  /** The ids of the window in index order, a ring: {@code ring[i % window]} for index i. */
  private final Bytes[] ring;
  /** The first index the window holds: raised before anything is forgotten. */
  private volatile long first = -1;
  private long end = -1;

  RecentEntries() {
    this(WINDOW);
  }

  /** A window of {@code window} entries (small in tests). */
  RecentEntries(int window) {
    this.window = window;
    this.current = new ConcurrentHashMap<>(window);
    this.ring = new Bytes[window];
  }

  /**
   * Takes the entries of a durable append, in index order. Entries that do not follow the ones
   * held (the first append after opening) start the window again.
   */
  void appended(List<StoredEntry> entries) {
    for (StoredEntry entry : entries) {
      long index = entry.index();
      if (index != end) {
        restart(index);
      }
      if (index - window >= first) {
        forget(index - window);
      }
      ring[(int) (index % window)] = entry.id();
      if (inCurrent == window) {
        previous = current;
        current = new ConcurrentHashMap<>(window);
        inCurrent = 0;
      }
      current.put(entry.id(), index);
      inCurrent++;
      if (entry.facts().kind() == Kind.REVOCATION) {
        Bytes target = entry.facts().target().orElseThrow();
        revocations.merge(target, List.of(index), RecentEntries::join);
      }
      end = index + 1;
    }
  }

  /**
   * Every revocation of the entry with this id as of the latest append taken, in index order;
   * empty when the entry is not among the latest ones, which says nothing about its revocations.
   */
  Optional<List<Long>> revocationsOf(Bytes id) {
    Long index = current.get(id);
    if (index == null) {
      index = previous.get(id);
    }
    if (index == null) {
      return Optional.empty();
    }
    List<Long> found = revocations.getOrDefault(id, List.of());
    // Forgetting raises first before it removes, so the list read above was whole if the entry
    // is still in the window now.
    return first <= index ? Optional.of(found) : Optional.empty();
  }

  private void forget(long index) {
    first = index + 1;
    if (!revocations.isEmpty()) { // mostly empty: then no need to hash the id again
      revocations.remove(ring[(int) (index % window)]);
    }
  }

  private void restart(long index) {
    first = Long.MAX_VALUE; // nothing held is valid while the maps are cleared
    previous = Map.of();
    current = new ConcurrentHashMap<>(window);
    inCurrent = 0;
    revocations.clear();
    first = index;
  }

  private static List<Long> join(List<Long> a, List<Long> b) {
    List<Long> joined = new ArrayList<>(a);
    joined.addAll(b);
    return List.copyOf(joined);
  }
}
