package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** The latest tree the store holds: size, root and its signed checkpoint, read together. */
public record Head(long treeSize, Bytes root, String checkpoint) {
  public Head {
    Checks.index("tree size", treeSize);
    Checks.digest("root", root);
    if (checkpoint == null || checkpoint.isEmpty()) {
      throw new IllegalArgumentException("empty checkpoint");
    }
  }
}
