package dev.pedigree.ledger.merkle;

import dev.pedigree.ledger.crypto.Hex;
import java.util.Arrays;
import java.util.List;

/**
 * Shared arithmetic of proof verification, after transparency-dev/merkle {@code proof/verify.go}:
 * a proof is a run of "inner" hashes, below the point where the path to the leaf leaves the
 * right border of the tree, then "border" hashes, all to the left. Sizes and indexes are unsigned.
 */
final class ProofChains {
  private ProofChains() {}

  /** Number of inner proof hashes for the leaf at index in a tree of size. */
  static int innerProofSize(long index, long size) {
    return Long.SIZE - Long.numberOfLeadingZeros(index ^ (size - 1));
  }

  /** Number of border proof hashes, given the inner count. */
  static int borderProofSize(long index, int inner) {
    return Long.bitCount(inner == Long.SIZE ? 0 : index >>> inner);
  }

  /** Climbs from seed through the inner hashes, the bits of index telling left from right. */
  static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
    byte[] hash = seed;
    for (int i = 0; i < proof.size(); i++) {
      hash =
          ((index >>> i) & 1) == 0
              ? Merkle.nodeHash(hash, proof.get(i))
              : Merkle.nodeHash(proof.get(i), hash);
    }
    return hash;
  }

  /** As {@link #chainInner}, keeping only the hashes to the left: the old tree's view. */
  static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
    byte[] hash = seed;
    for (int i = 0; i < proof.size(); i++) {
      if (((index >>> i) & 1) == 1) {
        hash = Merkle.nodeHash(proof.get(i), hash);
      }
    }
    return hash;
  }

  /** Climbs the right border: every remaining hash is a left sibling. */
  static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
    byte[] hash = seed;
    for (byte[] sibling : proof) {
      hash = Merkle.nodeHash(sibling, hash);
    }
    return hash;
  }

  static void checkHash(String what, byte[] hash) throws MerkleVerificationException {
    if (hash == null) {
      throw new MerkleVerificationException(what + " is missing");
    }
    if (hash.length != Merkle.HASH_LENGTH) {
      throw new MerkleVerificationException(
          what + " has " + hash.length + " bytes, want " + Merkle.HASH_LENGTH);
    }
  }

  static void checkProofHashes(List<byte[]> proof) throws MerkleVerificationException {
    for (int i = 0; i < proof.size(); i++) {
      checkHash("proof hash " + i, proof.get(i));
    }
  }

  static void checkProofLength(List<byte[]> proof, long want) throws MerkleVerificationException {
    if (proof.size() != want) {
      throw new MerkleVerificationException(
          "proof has " + proof.size() + " hashes, want " + want);
    }
  }

  static void checkRoot(String what, byte[] computed, byte[] want)
      throws MerkleVerificationException {
    if (!Arrays.equals(computed, want)) {
      throw new MerkleVerificationException(
          what + ": computed root " + Hex.encode(computed) + ", want " + Hex.encode(want));
    }
  }

  static String unsigned(long value) {
    return Long.toUnsignedString(value);
  }
}
