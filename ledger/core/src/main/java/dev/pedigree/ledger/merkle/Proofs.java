package dev.pedigree.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds RFC 6962 inclusion ({@code PATH}, §2.1.1) and consistency ({@code PROOF}, §2.1.2) proofs
 * from stored hashes, as Go's {@code tlog.ProveRecord} and {@code tlog.ProveTree}: plan the
 * stored-hash indexes, read them in one batch (O(log n) point reads), then assemble.
 */
public final class Proofs {
  private Proofs() {}

  /**
   * The inclusion proof of leaf index in the tree of size, leaf's sibling first.
   *
   * @throws IllegalArgumentException unless 0 ≤ index &lt; size ≤ {@link
   *     StoredHashIndex#MAX_LEAVES}
   * @throws HashReadException when the reader fails or answers with the wrong number of hashes
   */
  public static List<byte[]> inclusion(long index, long size, HashReader reader)
      throws HashReadException {
    if (index < 0 || index >= size || size > StoredHashIndex.MAX_LEAVES) {
      throw new IllegalArgumentException(
          "no inclusion proof of index " + index + " in tree of size " + size);
    }
    Subtrees.Indexes need = new Subtrees.Indexes();
    inclusionIndexes(0, size, index, need);
    Subtrees.Cursor hashes = new Subtrees.Cursor(Subtrees.read(reader, need.toArray()));
    List<byte[]> proof = new ArrayList<>(Long.SIZE);
    inclusion(0, size, index, hashes, proof);
    return finish(proof, hashes);
  }

  /**
   * The consistency proof from the tree of size m to the tree of size n; empty when m = n.
   *
   * @throws IllegalArgumentException unless 1 ≤ m ≤ n ≤ {@link StoredHashIndex#MAX_LEAVES} (a
   *     proof from size 0 is refused, DESIGN A2)
   * @throws HashReadException when the reader fails or answers with the wrong number of hashes
   */
  public static List<byte[]> consistency(long m, long n, HashReader reader)
      throws HashReadException {
    if (m < 1 || m > n || n > StoredHashIndex.MAX_LEAVES) {
      throw new IllegalArgumentException(
          "no consistency proof from size " + m + " to size " + n);
    }
    Subtrees.Indexes need = new Subtrees.Indexes();
    consistencyIndexes(0, n, m, need);
    Subtrees.Cursor hashes = new Subtrees.Cursor(Subtrees.read(reader, need.toArray()));
    List<byte[]> proof = new ArrayList<>(Long.SIZE);
    consistency(0, n, m, hashes, proof);
    return finish(proof, hashes);
  }

  // RFC 6962 §2.1.1 PATH(m, D[lo:hi]): recurse into the side holding the leaf, then add the other
  // side's root, so the proof runs from the leaf upward. The index plan visits the same nodes in
  // the same order as the assembly below.
  private static void inclusionIndexes(long lo, long hi, long index, Subtrees.Indexes need) {
    if (hi - lo == 1) {
      return;
    }
    long mid = lo + Merkle.split(hi - lo);
    if (index < mid) {
      inclusionIndexes(lo, mid, index, need);
      Subtrees.indexes(mid, hi, need);
    } else {
      Subtrees.indexes(lo, mid, need);
      inclusionIndexes(mid, hi, index, need);
    }
  }

  private static void inclusion(
      long lo, long hi, long index, Subtrees.Cursor hashes, List<byte[]> proof) {
    if (hi - lo == 1) {
      return;
    }
    long mid = lo + Merkle.split(hi - lo);
    byte[] sibling;
    if (index < mid) {
      inclusion(lo, mid, index, hashes, proof);
      sibling = Subtrees.hash(mid, hi, hashes);
    } else {
      sibling = Subtrees.hash(lo, mid, hashes);
      inclusion(mid, hi, index, hashes, proof);
    }
    proof.add(sibling);
  }

  // RFC 6962 §2.1.2 SUBPROOF(m, D[lo:hi], b): where the old tree ends exactly at hi, the subtree
  // root is in the proof unless it is the whole old tree (lo = 0), which the verifier knows.
  private static void consistencyIndexes(long lo, long hi, long m, Subtrees.Indexes need) {
    if (m == hi) {
      if (lo != 0) {
        Subtrees.indexes(lo, hi, need);
      }
      return;
    }
    long mid = lo + Merkle.split(hi - lo);
    if (m <= mid) {
      consistencyIndexes(lo, mid, m, need);
      Subtrees.indexes(mid, hi, need);
    } else {
      Subtrees.indexes(lo, mid, need);
      consistencyIndexes(mid, hi, m, need);
    }
  }

  private static void consistency(
      long lo, long hi, long m, Subtrees.Cursor hashes, List<byte[]> proof) {
    if (m == hi) {
      if (lo != 0) {
        proof.add(Subtrees.hash(lo, hi, hashes));
      }
      return;
    }
    long mid = lo + Merkle.split(hi - lo);
    byte[] other;
    if (m <= mid) {
      consistency(lo, mid, m, hashes, proof);
      other = Subtrees.hash(mid, hi, hashes);
    } else {
      other = Subtrees.hash(lo, mid, hashes);
      consistency(mid, hi, m, hashes, proof);
    }
    proof.add(other);
  }

  private static List<byte[]> finish(List<byte[]> proof, Subtrees.Cursor hashes) {
    if (!hashes.exhausted()) {
      throw new IllegalStateException("proof plan read more hashes than it used");
    }
    return proof;
  }
}
