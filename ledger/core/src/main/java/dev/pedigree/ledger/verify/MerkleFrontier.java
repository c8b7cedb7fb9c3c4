package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.Merkle;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 root of a growing tree from its leaf hashes, in O(log n) memory: the roots of the
 * perfect subtrees that cover [0, n), one per set bit of n, largest first (a compact range). Not
 * thread-safe.
 */
final class MerkleFrontier {
  /** Roots of the perfect subtrees, largest (leftmost) first; the last is the smallest. */
  private final List<byte[]> subtrees = new ArrayList<>();

  private long size;

  /** Appends a leaf hash: merges equal-sized subtrees as a binary counter carries. */
  void append(byte[] leafHash) {
    byte[] hash = leafHash;
    // Each trailing one bit of the old size is a subtree of the new leaf's size that it completes.
    for (long carry = size; (carry & 1) == 1; carry >>>= 1) {
      hash = Merkle.nodeHash(subtrees.remove(subtrees.size() - 1), hash);
    }
    subtrees.add(hash);
    size++;
  }

  long size() {
    return size;
  }

  /** RFC 6962 §2.1: the subtrees folded from the right; the empty tree's root for size 0. */
  Bytes root() {
    if (subtrees.isEmpty()) {
      return Bytes.copyOf(Merkle.emptyRoot());
    }
    byte[] hash = subtrees.get(subtrees.size() - 1);
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      hash = Merkle.nodeHash(subtrees.get(i), hash);
    }
    return Bytes.copyOf(hash);
  }
}
