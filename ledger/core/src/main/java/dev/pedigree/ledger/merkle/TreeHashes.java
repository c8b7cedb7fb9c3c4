package dev.pedigree.ledger.merkle;

/** Tree roots at any size from stored hashes (Go's {@code tlog.TreeHash}). */
public final class TreeHashes {
  private TreeHashes() {}

  /**
   * The root of the tree of the first n leaves, from at most 1 + log₂ n stored hashes read in one
   * batch. Unlike Go's {@code tlog}, whose empty tree hashes to zeros, the empty tree has the RFC
   * 6962 §2.1 root, SHA-256 of the empty string (DESIGN A2).
   *
   * @throws HashReadException when the reader fails or answers with the wrong number of hashes
   */
  public static byte[] treeHash(long n, HashReader reader) throws HashReadException {
    if (n < 0 || n > StoredHashIndex.MAX_LEAVES) {
      throw new IllegalArgumentException("tree size " + n + " out of range");
    }
    if (n == 0) {
      return Merkle.emptyRoot();
    }
    Subtrees.Indexes need = new Subtrees.Indexes();
    Subtrees.indexes(0, n, need);
    Subtrees.Cursor hashes = new Subtrees.Cursor(Subtrees.read(reader, need.toArray()));
    return Subtrees.hash(0, n, hashes);
  }
}
