package dev.pedigree.ledger.merkle;

import dev.pedigree.ledger.crypto.Sha256;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/** RFC 6962 §2.1 tree hashing (DESIGN A2): leaf hashes, node hashes and tree roots. */
public final class Merkle {
  /** Length of every hash in the tree. */
  public static final int HASH_LENGTH = Sha256.LENGTH;

  // RFC 6962 §2.1: domain separation between leaves and interior nodes.
  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  // Hashing is the hot path of appends and proofs: one digest per thread, fed by direct updates,
  // so a hash costs one 32-byte output array and nothing else.
  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(Sha256::newDigest);

  private Merkle() {}

  /** SHA-256(0x00 ‖ leaf). */
  public static byte[] leafHash(byte[] leaf) {
    Objects.requireNonNull(leaf, "leaf");
    MessageDigest digest = DIGEST.get();
    digest.update(LEAF_PREFIX);
    digest.update(leaf);
    return digest.digest();
  }

  /** SHA-256(0x01 ‖ left ‖ right). */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    // Checked before the first update: a failure halfway would leave this thread's digest dirty.
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    MessageDigest digest = DIGEST.get();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /**
   * SHA-256(0x01 ‖ left ‖ right) over hashes inside larger arrays, written into {@code out}: the
   * allocation-free form for stores that keep hashes in pages.
   */
  static void nodeHashInto(
      byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
    MessageDigest digest = DIGEST.get();
    try {
      digest.update(NODE_PREFIX);
      digest.update(left, leftOffset, HASH_LENGTH);
      digest.update(right, rightOffset, HASH_LENGTH);
      digest.digest(out, outOffset, HASH_LENGTH);
    } catch (DigestException | RuntimeException e) {
      digest.reset(); // never leave this thread's digest dirty
      throw new IllegalArgumentException("no hash at these offsets", e);
    }
  }

  /** The root of the empty tree: SHA-256 of the empty string (RFC 6962 §2.1). */
  public static byte[] emptyRoot() {
    return DIGEST.get().digest();
  }

  /**
   * The root of the tree over these leaf hashes, in one pass without recursion.
   *
   * @throws IllegalArgumentException when a leaf hash is not 32 bytes
   */
  public static byte[] root(List<byte[]> leafHashes) {
    if (leafHashes.isEmpty()) {
      return emptyRoot();
    }
    // Keep the roots of the perfect subtrees seen so far, largest first (a compact range): leaf i
    // closes one subtree per trailing one bit of i.
    byte[][] stack = new byte[Long.SIZE][];
    int top = 0;
    long count = 0;
    for (byte[] leafHash : leafHashes) {
      checkLength("leaf hash " + count, leafHash);
      byte[] hash = leafHash;
      for (long c = count; (c & 1) == 1; c >>>= 1) {
        hash = nodeHash(stack[--top], hash);
      }
      stack[top++] = hash;
      count++;
    }
    // RFC 6962 §2.1: the left subtree is the largest power of two below n, so the root folds the
    // perfect subtrees from the right.
    byte[] hash = stack[--top];
    while (top > 0) {
      hash = nodeHash(stack[--top], hash);
    }
    return hash;
  }

  /** The split point of n ≥ 2 leaves: the largest power of two below n (RFC 6962 §2.1). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  private static void checkLength(String what, byte[] hash) {
    Objects.requireNonNull(hash, what);
    if (hash.length != HASH_LENGTH) {
      throw new IllegalArgumentException(
          what + " has " + hash.length + " bytes, want " + HASH_LENGTH);
    }
  }
}
