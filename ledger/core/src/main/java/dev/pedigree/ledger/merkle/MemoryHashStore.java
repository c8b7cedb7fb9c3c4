package dev.pedigree.ledger.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stored hashes in memory, for tests and benchmarks: leaf hashes are appended, and every stored
 * hash lives in large byte pages indexed by its {@link StoredHashIndex} (no object per hash).
 * Not thread-safe: one thread appends, and readers concurrent with it must synchronise.
 */
public final class MemoryHashStore implements HashReader {
  private static final int HASH = Merkle.HASH_LENGTH;
  private static final int DEFAULT_PAGE_BITS = 15; // 32,768 hashes, 1 MiB per page

  private final int pageBits;
  private final long pageMask;
  private byte[][] pages = new byte[16][];
  private long size;
  private long storedCount;

  public MemoryHashStore() {
    this(DEFAULT_PAGE_BITS);
  }

  /** A store with pages of 2^pageBits hashes; small pages let tests cross page boundaries. */
  MemoryHashStore(int pageBits) {
    if (pageBits < 0 || pageBits > 25) {
      throw new IllegalArgumentException("page bits " + pageBits + " out of [0, 25]");
    }
    this.pageBits = pageBits;
    this.pageMask = (1L << pageBits) - 1;
  }

  /** Number of leaves appended. */
  public long size() {
    return size;
  }

  /** Number of stored hashes, {@code StoredHashIndex.count(size())}. */
  public long storedHashCount() {
    return storedCount;
  }

  /**
   * Appends a leaf hash and stores the roots of the subtrees it completes (as {@link
   * StoredHashes#forRecordHash}, without allocating); returns the new leaf's index.
   */
  public long append(byte[] leafHash) {
    Subtrees.checkHash("leaf hash", leafHash);
    long n = size;
    long at = storedCount;
    System.arraycopy(leafHash, 0, pageFor(at), offset(at), HASH);
    // Each trailing one bit of n completes a subtree: its root is its left neighbour's stored
    // root joined with the hash just written.
    int completed = Long.numberOfTrailingZeros(n + 1);
    for (int level = 0; level < completed; level++) {
      long left = StoredHashIndex.of(level, (n >>> level) - 1);
      long right = at + level;
      long out = right + 1;
      Merkle.nodeHashInto(
          page(left), offset(left), page(right), offset(right), pageFor(out), offset(out));
    }
    storedCount = at + 1 + completed;
    size = n + 1;
    return n;
  }

  /** The stored hash at this index (a copy). */
  public byte[] hash(long index) {
    if (index < 0 || index >= storedCount) {
      throw new IndexOutOfBoundsException(
          "stored hash " + index + " of " + storedCount + " stored hashes");
    }
    int offset = offset(index);
    return Arrays.copyOfRange(page(index), offset, offset + HASH);
  }

  @Override
  public List<byte[]> readHashes(long[] indexes) throws HashReadException {
    List<byte[]> hashes = new ArrayList<>(indexes.length);
    for (long index : indexes) {
      if (index < 0 || index >= storedCount) {
        throw new HashReadException(
            "no stored hash at index " + index + " (" + storedCount + " stored)");
      }
      hashes.add(hash(index));
    }
    return hashes;
  }

  private byte[] page(long index) {
    return pages[(int) (index >>> pageBits)];
  }

  private int offset(long index) {
    return (int) (index & pageMask) * HASH;
  }

  private byte[] pageFor(long index) {
    int page = Math.toIntExact(index >>> pageBits);
    if (page >= pages.length) {
      pages = Arrays.copyOf(pages, 2 * pages.length);
    }
    if (pages[page] == null) {
      pages[page] = new byte[HASH << pageBits];
    }
    return pages[page];
  }
}
