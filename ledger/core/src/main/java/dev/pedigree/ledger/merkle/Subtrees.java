package dev.pedigree.ledger.merkle;

import java.util.Arrays;
import java.util.List;

/**
 * Roots of the subtree [lo, hi) from stored hashes (Go's {@code tlog} {@code subTreeIndex} and
 * {@code subTreeHash}): split into perfect subtrees, largest first, each one stored hash, then
 * folded from the right (RFC 6962 §2.1). Proofs plan every index first, read them in one batch,
 * then consume the hashes in the same order.
 */
final class Subtrees {
  private Subtrees() {}

  /** Appends the stored-hash indexes of the perfect subtrees covering [lo, hi). */
  static void indexes(long lo, long hi, Indexes need) {
    while (lo < hi) {
      long k = Long.highestOneBit(hi - lo);
      int level = Long.numberOfTrailingZeros(k);
      need.add(StoredHashIndex.of(level, lo >>> level));
      lo += k;
    }
  }

  /** The root of [lo, hi), consuming the hashes that {@link #indexes} asked for. */
  static byte[] hash(long lo, long hi, Cursor hashes) {
    int count = 0;
    for (long at = lo; at < hi; at += Long.highestOneBit(hi - at)) {
      count++;
    }
    byte[][] parts = new byte[count][];
    for (int i = 0; i < count; i++) {
      parts[i] = hashes.next();
    }
    byte[] hash = parts[count - 1];
    for (int i = count - 2; i >= 0; i--) {
      hash = Merkle.nodeHash(parts[i], hash);
    }
    return hash;
  }

  /** Reads the hashes in one batch and checks the reader kept its contract. */
  static List<byte[]> read(HashReader reader, long[] indexes) throws HashReadException {
    if (indexes.length == 0) {
      return List.of();
    }
    List<byte[]> hashes = reader.readHashes(indexes);
    if (hashes.size() != indexes.length) {
      throw new HashReadException(
          "read " + hashes.size() + " hashes for " + indexes.length + " indexes");
    }
    for (int i = 0; i < hashes.size(); i++) {
      byte[] hash = hashes.get(i);
      if (hash == null || hash.length != Merkle.HASH_LENGTH) {
        throw new HashReadException(
            "stored hash " + indexes[i] + " has "
                + (hash == null ? "no" : String.valueOf(hash.length)) + " bytes, want "
                + Merkle.HASH_LENGTH);
      }
    }
    return hashes;
  }

  static void checkHash(String what, byte[] hash) {
    if (hash.length != Merkle.HASH_LENGTH) {
      throw new IllegalArgumentException(
          what + " has " + hash.length + " bytes, want " + Merkle.HASH_LENGTH);
    }
  }

  /** A growable list of stored-hash indexes, without boxing. */
  static final class Indexes {
    private long[] values = new long[2 * Long.SIZE];
    private int size;

    void add(long index) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = index;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** The hashes read for a plan, handed out in the planned order. */
  static final class Cursor {
    private final List<byte[]> hashes;
    private int position;

    Cursor(List<byte[]> hashes) {
      this.hashes = hashes;
    }

    byte[] next() {
      return hashes.get(position++);
    }

    boolean exhausted() {
      return position == hashes.size();
    }
  }
}
