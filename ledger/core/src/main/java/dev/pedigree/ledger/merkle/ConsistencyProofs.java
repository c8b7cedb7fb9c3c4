package dev.pedigree.ledger.merkle;

import static dev.pedigree.ledger.merkle.ProofChains.unsigned;

import dev.pedigree.ledger.crypto.Hex;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Verifies RFC 6962 §2.1.2 consistency proofs ({@code PROOF}). Pure and static; sizes are unsigned
 * 64-bit.
 */
public final class ConsistencyProofs {
  private ConsistencyProofs() {}

  /**
   * Verifies that the tree of size2 with root2 extends the tree of size1 with root1. If no
   * exception is thrown, the proof verified.
   *
   * <p>A proof from size 0 is refused (DESIGN A2, as Go's {@code tlog.CheckTree}): it would prove
   * nothing, and accepting it lets a client skip the check it meant to make.
   *
   * @throws MerkleVerificationException naming what is wrong, with both roots in hex on a mismatch
   */
  public static void verify(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
      throws MerkleVerificationException {
    Objects.requireNonNull(proof, "proof");
    ProofChains.checkHash("root1", root1);
    ProofChains.checkHash("root2", root2);
    ProofChains.checkProofHashes(proof);
    if (size1 == 0) {
      throw new MerkleVerificationException("consistency proof from size 0 is refused");
    }
    if (Long.compareUnsigned(size2, size1) < 0) {
      throw new MerkleVerificationException(
          "size2 " + unsigned(size2) + " is below size1 " + unsigned(size1));
    }
    if (size1 == size2) {
      ProofChains.checkProofLength(proof, 0);
      if (!Arrays.equals(root1, root2)) {
        throw new MerkleVerificationException(
            "trees of equal size " + unsigned(size1) + " have different roots "
                + Hex.encode(root1) + " and " + Hex.encode(root2));
      }
      return;
    }

    // The proof is a suffix of the inclusion proof of leaf size1 − 1 in the new tree, from the
    // level of the largest perfect subtree that ends the old tree; that subtree's root comes first
    // unless it is the whole old tree, which the verifier already knows.
    int inner = ProofChains.innerProofSize(size1 - 1, size2);
    int border = ProofChains.borderProofSize(size1 - 1, inner);
    int shift = Long.numberOfTrailingZeros(size1);
    inner -= shift; // shift < inner, since size1 < size2
    boolean oldTreeIsPerfect = size1 == 1L << shift;
    int start = oldTreeIsPerfect ? 0 : 1;
    ProofChains.checkProofLength(proof, (long) start + inner + border);
    byte[] seed = oldTreeIsPerfect ? root1 : proof.get(0);
    List<byte[]> innerHashes = proof.subList(start, start + inner);
    List<byte[]> borderHashes = proof.subList(start + inner, proof.size());
    long mask = (size1 - 1) >>> shift;

    String context = "consistency from size " + unsigned(size1) + " to " + unsigned(size2);
    byte[] hash1 = ProofChains.chainInnerRight(seed, innerHashes, mask);
    hash1 = ProofChains.chainBorderRight(hash1, borderHashes);
    ProofChains.checkRoot(context + ", old tree", hash1, root1);
    byte[] hash2 = ProofChains.chainInner(seed, innerHashes, mask);
    hash2 = ProofChains.chainBorderRight(hash2, borderHashes);
    ProofChains.checkRoot(context + ", new tree", hash2, root2);
  }
}
