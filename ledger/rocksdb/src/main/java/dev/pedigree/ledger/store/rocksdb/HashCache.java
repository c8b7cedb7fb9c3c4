package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored hashes held in memory: those of the latest appends and those read since. A stored hash
 * never changes once durable (appends only add hashes past the count), so a cached one is the one
 * RocksDB holds. The bundles of a batch's answers prove their entries against the same checkpoint,
 * which needs the batch's own hashes and a few older ones shared by all: kept here, they cost no
 * read at all.
 *
 * <p>Bounded by two generations: when the current one is full it becomes the previous one, and a
 * hash found only there moves back to the current one. Thread-safe.
 */
final class HashCache {
  /** About 2 MiB at most with the maps' own objects; a batch of 256 entries adds about 512. */
  static final int GENERATION = 8_192;

  private final int generation;
  private volatile Map<Long, Bytes> current;
  private volatile Map<Long, Bytes> previous = Map.of();

  HashCache() {
    this(GENERATION);
  }

  /** A cache whose generations hold {@code generation} hashes each (small in tests). */
  HashCache(int generation) {
    this.generation = generation;
    this.current = newGeneration(generation);
  }

  /** The hash at a stored index, or null when it is not held. */
  Bytes get(long storedIndex) {
    Bytes hash = current.get(storedIndex);
    if (hash == null) {
      hash = previous.get(storedIndex);
      if (hash != null) {
        put(storedIndex, hash);
      }
    }
    return hash;
  }

  /** Holds a durable hash: appended, or read from the store. */
  void put(long storedIndex, Bytes hash) {
    Map<Long, Bytes> map = current;
    if (map.size() >= generation) {
      map = rotate(map);
    }
    map.put(storedIndex, hash);
  }

  /** Holds the hashes of a durable append, the first at {@code firstIndex}. */
  void putAll(long firstIndex, List<Bytes> hashes) {
    for (int i = 0; i < hashes.size(); i++) {
      put(firstIndex + i, hashes.get(i));
    }
  }

  private synchronized Map<Long, Bytes> rotate(Map<Long, Bytes> full) {
    if (current == full) {
      previous = full;
      current = newGeneration(generation);
    }
    return current;
  }

  /** Sized for a whole generation at once: grown step by step, it was copied at every step. */
  private static Map<Long, Bytes> newGeneration(int generation) {
    return new ConcurrentHashMap<>(generation);
  }
}
