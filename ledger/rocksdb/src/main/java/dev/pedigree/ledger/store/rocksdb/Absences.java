package dev.pedigree.ledger.store.rocksdb;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys a store found absent since its last append. Only an append writes, so until the next one
 * they are absent still and the same question needs no second read. The sequencer asks whether a
 * submission's id, name and name@version are new, the rules ask for the id again, and the store's
 * appender checks all three once more before it writes: RocksDB answers the first, this the rest.
 *
 * <p>The store replaces it with an empty one as soon as an append has written (or failed), so it
 * only ever answers for the state that append started from. Bounded: past {@link #MAX_KEYS} keys
 * it records no more. Thread-safe.
 */
final class Absences {
  /** A batch of 256 releases asks about some 800 keys; readers add the unknown ids they look up. */
  static final int MAX_KEYS = 16_384;

  private final Set<Key> keys = ConcurrentHashMap.newKeySet(1024);

  /** True when {@code key} of {@code family} was found absent since the last append. */
  boolean contains(Family family, byte[] key) {
    return keys.contains(new Key(family, key)); // only compared, never kept: no copy
  }

  /** Records a key that a read of the store found absent. */
  void add(Family family, byte[] key) {
    if (keys.size() < MAX_KEYS) {
      keys.add(new Key(family, key.clone()));
    }
  }

  /** A family's key, compared by content; its hash is computed once. */
  private static final class Key {
    private final Family family;
    private final byte[] key;
    private final int hash;

    Key(Family family, byte[] key) {
      this.family = family;
      this.key = key;
      this.hash = 31 * family.ordinal() + Arrays.hashCode(key);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && other.hash == hash && other.family == family
          && Arrays.equals(other.key, key);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
