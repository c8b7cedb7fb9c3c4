package dev.pedigree.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 written out literally and recursively, as the known answer for the stored-hash
 * code: MTH, PATH (§2.1.1) and PROOF (§2.1.2) over a list of leaf hashes.
 */
final class Rfc6962Reference {
  private Rfc6962Reference() {}

  static byte[] mth(List<byte[]> leaves) {
    int n = leaves.size();
    if (n == 0) {
      return Merkle.emptyRoot();
    }
    if (n == 1) {
      return leaves.get(0);
    }
    int k = largestPowerOfTwoBelow(n);
    return Merkle.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
  }

  static List<byte[]> path(int m, List<byte[]> leaves) {
    int n = leaves.size();
    List<byte[]> proof = new ArrayList<>();
    if (n == 1) {
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      proof.addAll(path(m, leaves.subList(0, k)));
      proof.add(mth(leaves.subList(k, n)));
    } else {
      proof.addAll(path(m - k, leaves.subList(k, n)));
      proof.add(mth(leaves.subList(0, k)));
    }
    return proof;
  }

  static List<byte[]> proof(int m, List<byte[]> leaves) {
    return subproof(m, leaves, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean b) {
    int n = leaves.size();
    List<byte[]> proof = new ArrayList<>();
    if (m == n) {
      if (!b) {
        proof.add(mth(leaves));
      }
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      proof.addAll(subproof(m, leaves.subList(0, k), b));
      proof.add(mth(leaves.subList(k, n)));
    } else {
      proof.addAll(subproof(m - k, leaves.subList(k, n), false));
      proof.add(mth(leaves.subList(0, k)));
    }
    return proof;
  }

  private static int largestPowerOfTwoBelow(int n) {
    int k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }
}
