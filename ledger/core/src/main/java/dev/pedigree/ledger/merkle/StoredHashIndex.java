package dev.pedigree.ledger.merkle;

/**
 * The dense linear order of stored hashes, as Go's {@code tlog} ({@code StoredHashIndex},
 * {@code SplitStoredHashIndex}, {@code StoredHashCount}; Crosby and Wallach, "Efficient Data
 * Structures for Tamper-Evident Logging", §3.3). Appending leaf n stores its leaf hash, then the
 * root of every perfect subtree that leaf completes, so the hashes of a tree of any past size are
 * at fixed indexes and never rewritten.
 */
public final class StoredHashIndex {
  /** Leaves are counted below 2^62, so every stored-hash index fits in a signed long. */
  public static final long MAX_LEAVES = 1L << 62;

  /** A node of the tree: its level (0 for leaves) and its position n within that level. */
  public record Coordinate(int level, long n) {}

  private StoredHashIndex() {}

  /**
   * The stored-hash index of the node at (level, n): the root of leaves [n·2^level,
   * (n+1)·2^level).
   */
  public static long of(int level, long n) {
    if (level < 0 || level >= 63 || n < 0 || n >= (MAX_LEAVES >>> level)) {
      throw new IllegalArgumentException("no stored hash at level " + level + ", n " + n);
    }
    // The node is stored right after the last leaf it covers, m, which comes after 2m − popcount(m)
    // earlier hashes (each leaf i stores 1 + trailingZeros(i + 1) hashes).
    long m = ((n + 1) << level) - 1;
    return 2 * m - Long.bitCount(m) + level;
  }

  /** The inverse of {@link #of}. */
  public static Coordinate split(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative stored-hash index " + index);
    }
    // of(0, n) < 2n, so the leaf whose appending stored this index is in [index/2, index/2 + 63].
    long n = index / 2;
    long indexN = of(0, n);
    while (true) {
      long next = indexN + 1 + Long.numberOfTrailingZeros(n + 1);
      if (next > index) {
        break;
      }
      n++;
      indexN = next;
    }
    int level = (int) (index - indexN);
    return new Coordinate(level, n >>> level);
  }

  /** The number of stored hashes of a tree of n leaves. */
  public static long count(long n) {
    if (n < 0 || n > MAX_LEAVES) {
      throw new IllegalArgumentException("tree size " + n + " out of range");
    }
    if (n == 0) {
      return 0;
    }
    // Leaf n − 1 and the subtrees it completes, one per trailing one bit of n − 1.
    return of(0, n - 1) + 1 + Long.numberOfTrailingZeros(n);
  }
}
