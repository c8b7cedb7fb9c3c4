package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.List;

/**
 * The end of the log read in one consistent view, for the integrity check at startup: the head
 * and the leaves {@code firstIndex .. head.treeSize()-1}, which the ledger re-hashes and re-chains
 * (DESIGN B4 "Startup checks the tail").
 */
public record Tail(Head head, long firstIndex, List<Bytes> leaves) {
  public Tail {
    leaves = List.copyOf(leaves);
    if (firstIndex + leaves.size() != head.treeSize()) {
      throw new IllegalArgumentException("tail of " + leaves.size() + " leaves from " + firstIndex
          + " does not end at tree size " + head.treeSize());
    }
  }
}
