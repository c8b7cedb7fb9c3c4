package dev.pedigree.api.handler;

import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.StoredHashIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recent stored Merkle hashes kept in memory, so that a proof whose hashes are all here is answered
 * on the event loop, with neither a worker thread nor RocksDB. A stored hash never changes once
 * written (it is the root of a complete subtree, DESIGN B4), so a kept one is never stale. It is
 * filled two ways: each durable registration's leaf hash, with every subtree root that leaf
 * completes whose other half is here (computed as the store computed it, RFC 6962 §2.1), and the
 * hashes a proof that missed read from the store.
 *
 * <p>Direct-mapped: stored index {@code i} has the one slot {@code i mod capacity}, and the latest
 * hash for it takes it. A tree has about two stored hashes per leaf, so a log of up to {@code
 * capacity / 2} leaves fits whole; in a larger one the newest hashes evict the older ones that
 * share their slots, and a proof that misses goes to a worker thread. Not thread-safe: one event
 * loop owns each cache (one per router), asks it with {@link #inMemory()} and fills it; worker
 * threads only fill a {@link Reads}, handed to the loop once they are done.
 */
public final class StoredHashCache {
  /** What one kept hash costs: the hash and its stored index. */
  static final int BYTES_PER_HASH = Merkle.HASH_LENGTH + Long.BYTES;

  private final long[] indexes;
  private final byte[] hashes;
  private final int mask;

  /**
   * An empty cache taking at most {@code mib} MiB: the largest power of two of hashes that fits
   * (2^20 hashes in 40 MiB, every stored hash of a log of 524,288 leaves).
   */
  public static StoredHashCache ofMebibytes(int mib) {
    if (mib < 1 || mib > 2048) {
      throw new IllegalArgumentException(mib + " MiB outside [1, 2048]");
    }
    long hashes = ((long) mib << 20) / BYTES_PER_HASH;
    return new StoredHashCache(Integer.highestOneBit((int) hashes));
  }

  /** An empty cache of {@code capacity} hashes, a power of two. */
  public StoredHashCache(int capacity) {
    if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
    }
    this.indexes = new long[capacity];
    Arrays.fill(indexes, -1);
    this.hashes = new byte[capacity * Merkle.HASH_LENGTH];
    this.mask = capacity - 1;
  }

  /** How many hashes it keeps at most. */
  int capacity() {
    return mask + 1;
  }

  /**
   * A reader that answers from memory only; when a hash is not kept it throws a {@link
   * HashReadException} for which {@link #missed} is true.
   */
  HashReader inMemory() {
    return wanted -> {
      List<byte[]> found = new ArrayList<>(wanted.length);
      for (long index : wanted) {
        int at = find(index);
        if (at < 0) {
          Miss miss = new Miss(index);
          throw new HashReadException(miss.getMessage(), miss);
        }
        found.add(Arrays.copyOfRange(hashes, at, at + Merkle.HASH_LENGTH));
      }
      return found;
    };
  }

  /** Keeps what {@code reads} read, once its reading is over. */
  void keep(Reads reads) {
    for (int i = 0; i < reads.indexes.length; i++) {
      byte[] hash = reads.hashes.get(i);
      if (hash != null && hash.length == Merkle.HASH_LENGTH) { // else the proof failed anyway
        put(reads.indexes[i], hash);
      }
    }
  }

  /**
   * Keeps the leaf hash of durable entry {@code index}, and climbs: while the sibling of the node
   * just kept is here too, their parent is complete, so it is computed and kept.
   */
  void keepLeaf(long index, byte[] leafHash) {
    byte[] hash = leafHash;
    int level = 0;
    long n = index;
    put(StoredHashIndex.of(level, n), hash);
    while (n + 1 < StoredHashIndex.MAX_LEAVES >>> level) {
      int sibling = find(StoredHashIndex.of(level, n ^ 1));
      if (sibling < 0) {
        return;
      }
      byte[] other = Arrays.copyOfRange(hashes, sibling, sibling + Merkle.HASH_LENGTH);
      hash = (n & 1) == 0 ? Merkle.nodeHash(hash, other) : Merkle.nodeHash(other, hash);
      level++;
      n >>>= 1;
      put(StoredHashIndex.of(level, n), hash);
    }
  }

  /** The offset of stored hash {@code index} in {@link #hashes}, or -1 when it is not here. */
  private int find(long index) {
    int slot = (int) (index & mask);
    return indexes[slot] == index ? slot * Merkle.HASH_LENGTH : -1;
  }

  private void put(long index, byte[] hash) {
    int slot = (int) (index & mask);
    indexes[slot] = index;
    System.arraycopy(hash, 0, hashes, slot * Merkle.HASH_LENGTH, Merkle.HASH_LENGTH);
  }

  /**
   * A reader of the store that remembers what it read, for {@link #keep}. Used on a worker thread,
   * then handed to the event loop by the completion of that work.
   */
  static final class Reads implements HashReader {
    private final HashReader store;
    private long[] indexes = new long[0];
    private List<byte[]> hashes = List.of();

    Reads(HashReader store) {
      this.store = store;
    }

    @Override
    public List<byte[]> readHashes(long[] wanted) throws HashReadException {
      List<byte[]> read = store.readHashes(wanted);
      if (read.size() == wanted.length) {
        indexes = wanted.clone();
        hashes = new ArrayList<>(read);
      }
      return read;
    }
  }

  /** True when {@code e} is an {@link #inMemory()} reader's miss, not a failure. */
  static boolean missed(HashReadException e) {
    return e.getCause() instanceof Miss;
  }

  /** A stored hash not in the cache: the proof must be read from the store. */
  private static final class Miss extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Miss(long index) {
      // An expected outcome, not an error: no stack trace to capture.
      super("stored hash " + index + " is not cached", null, false, false);
    }
  }
}
