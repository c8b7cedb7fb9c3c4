package dev.pedigree.ledger.store.rocksdb;

import java.util.Arrays;

/**
 * The order RocksDB's default comparator gives byte strings (unsigned, lexicographic), computed
 * with a primitive sort: a breadth-first walk sorts every level of parents, up to hundreds of
 * thousands of ids, and sorting objects with a comparator cost more than the scan itself.
 */
final class KeyOrder {
  private KeyOrder() {}

  /**
   * The positions of {@code keys} in ascending unsigned order; equal keys in any order. Each key is
   * packed as its first bytes (sign-flipped, so that a signed sort orders them as unsigned) with
   * its position in the low bits; keys whose packed prefixes tie are then ordered in full.
   */
  static int[] of(byte[][] keys) {
    int n = keys.length;
    int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long mask = (1L << bits) - 1;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((head(keys[i]) ^ Long.MIN_VALUE) & ~mask) | i;
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) (packed[i] & mask);
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && (packed[to] & ~mask) == (packed[from] & ~mask)) {
        to++;
      }
      if (to - from > 1) {
        sortInFull(keys, order, from, to);
      }
      from = to;
    }
    return order;
  }

  /** The first eight bytes as a big-endian number, zero-padded. */
  private static long head(byte[] key) {
    long head = 0;
    for (int i = 0; i < 8; i++) {
      head = head << 8 | (i < key.length ? key[i] & 0xff : 0);
    }
    return head;
  }

  private static void sortInFull(byte[][] keys, int[] order, int from, int to) {
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = order[i];
    }
    Arrays.sort(run, (a, b) -> Arrays.compareUnsigned(keys[a], keys[b]));
    for (int i = from; i < to; i++) {
      order[i] = run[i - from];
    }
  }
}
