package dev.pedigree.ledger.merkle;

import static dev.pedigree.ledger.merkle.ProofChains.unsigned;

import java.util.List;
import java.util.Objects;

/**
 * Verifies RFC 6962 §2.1.1 inclusion proofs ({@code PATH}). Pure and static; sizes and indexes are
 * unsigned 64-bit.
 */
public final class InclusionProofs {
  private InclusionProofs() {}

  /**
   * Verifies that the leaf hash is at index in the tree of size with this root. If no exception is
   * thrown, the proof verified.
   *
   * @throws MerkleVerificationException naming what is wrong, with both roots in hex on a mismatch
   */
  public static void verify(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
      throws MerkleVerificationException {
    ProofChains.checkHash("root", root);
    byte[] computed = rootFromInclusionProof(index, size, leafHash, proof);
    ProofChains.checkRoot(
        "inclusion of index " + unsigned(index) + " in tree of size " + unsigned(size),
        computed,
        root);
  }

  /**
   * The root implied by an inclusion proof, after checking its shape: index below size, 32-byte
   * hashes, exactly the proof length the index and size call for.
   *
   * @throws MerkleVerificationException when the proof has the wrong shape
   */
  public static byte[] rootFromInclusionProof(
      long index, long size, byte[] leafHash, List<byte[]> proof)
      throws MerkleVerificationException {
    Objects.requireNonNull(proof, "proof");
    if (Long.compareUnsigned(index, size) >= 0) {
      throw new MerkleVerificationException(
          "index " + unsigned(index) + " is not below tree size " + unsigned(size));
    }
    ProofChains.checkHash("leaf hash", leafHash);
    ProofChains.checkProofHashes(proof);
    int inner = ProofChains.innerProofSize(index, size);
    int border = ProofChains.borderProofSize(index, inner);
    ProofChains.checkProofLength(proof, inner + border);
    byte[] hash = ProofChains.chainInner(leafHash, proof.subList(0, inner), index);
    return ProofChains.chainBorderRight(hash, proof.subList(inner, proof.size()));
  }
}
