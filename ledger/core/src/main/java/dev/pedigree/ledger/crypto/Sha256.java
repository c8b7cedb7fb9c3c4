package dev.pedigree.ledger.crypto;

import java.security.MessageDigest;

/**
 * SHA-256 through the JDK's {@link MessageDigest}, which uses the CPU's SHA instructions where
 * there are some (several times faster than a pure-Java digest).
 */
public final class Sha256 {
  public static final int LENGTH = 32;

  private Sha256() {}

  /**
   * A digest to copy: cloning one is several times cheaper than asking the providers again, and
   * the ledger makes a few per entry (ids, leaf and node hashes, manifest digests).
   */
  private static final MessageDigest PROTOTYPE = getInstance();

  /** A fresh digest; callers that hash in a loop keep one per thread. */
  public static MessageDigest newDigest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return getInstance(); // a provider whose digest cannot be cloned
    }
  }

  private static MessageDigest getInstance() {
    return JdkDigests.newDigest("SHA-256", LENGTH); // without building SUN's services if it can
  }

  /** SHA-256 of the concatenation of the parts. */
  public static byte[] hash(byte[]... parts) {
    MessageDigest digest = newDigest();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  /** Lowercase hex SHA-256 of the bytes. */
  public static String hex(byte[] bytes) {
    return Hex.encode(hash(bytes));
  }
}
