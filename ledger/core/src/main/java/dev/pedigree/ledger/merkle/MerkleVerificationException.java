package dev.pedigree.ledger.merkle;

/**
 * A Merkle proof that does not verify: of the wrong shape (index, sizes, proof length, hash
 * lengths) or leading to another root. The message carries the evidence.
 */
public final class MerkleVerificationException extends Exception {
  public MerkleVerificationException(String message) {
    super(message);
  }
}
