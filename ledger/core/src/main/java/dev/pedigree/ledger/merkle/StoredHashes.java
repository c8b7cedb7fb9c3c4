package dev.pedigree.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** The hashes to store when appending a leaf (Go's {@code tlog.StoredHashesForRecordHash}). */
public final class StoredHashes {
  private StoredHashes() {}

  /**
   * The new stored hashes of leaf n: its leaf hash, then the root of each perfect subtree it
   * completes, to be stored at {@code StoredHashIndex.of(0, n)} onwards. Reads at most log₂ n
   * earlier hashes, in one batch.
   *
   * @throws HashReadException when the reader fails or answers with the wrong number of hashes
   */
  public static List<byte[]> forRecordHash(long n, byte[] leafHash, HashReader reader)
      throws HashReadException {
    if (n < 0 || n >= StoredHashIndex.MAX_LEAVES) {
      throw new IllegalArgumentException("leaf index " + n + " out of range");
    }
    Subtrees.checkHash("leaf hash", leafHash);
    // Each trailing one bit of n completes a subtree, joining it to its left neighbour.
    int completed = Long.numberOfTrailingZeros(n + 1);
    long[] indexes = new long[completed];
    for (int level = 0; level < completed; level++) {
      indexes[completed - 1 - level] = StoredHashIndex.of(level, (n >>> level) - 1);
    }
    List<byte[]> left = Subtrees.read(reader, indexes);
    List<byte[]> hashes = new ArrayList<>(completed + 1);
    byte[] hash = leafHash.clone();
    hashes.add(hash);
    for (int level = 0; level < completed; level++) {
      hash = Merkle.nodeHash(left.get(completed - 1 - level), hash);
      hashes.add(hash);
    }
    return hashes;
  }

  /** As {@link #forRecordHash}, from the leaf bytes. */
  public static List<byte[]> forRecord(long n, byte[] leaf, HashReader reader)
      throws HashReadException {
    return forRecordHash(n, Merkle.leafHash(leaf), reader);
  }
}
