package dev.pedigree.ledger.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * RFC 8032 arithmetic written plainly with {@link BigInteger}, for tests that forge signatures the
 * verifier must refuse (S + L, torsion in R, mixed-order keys): independent of the code under test.
 */
final class Ed25519Arithmetic {
  private Ed25519Arithmetic() {}

  /** The secret scalar of a seed (RFC 8032 §5.1.5 steps 1-3). */
  static BigInteger clampedScalar(byte[] seed) {
    byte[] h = Arrays.copyOf(sha512(seed), 32);
    h[0] &= (byte) 248;
    h[31] &= 127;
    h[31] |= 64;
    return littleEndian(h);
  }

  static byte[] sha512(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-512");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The unsigned integer of little-endian bytes. */
  static BigInteger littleEndian(byte[] bytes) {
    byte[] big = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      big[i] = bytes[bytes.length - 1 - i];
    }
    return new BigInteger(1, big);
  }

  /** The 32 little-endian bytes of {@code n} modulo 2^256. */
  static byte[] littleEndian(BigInteger n) {
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = n.shiftRight(8 * i).byteValue();
    }
    return out;
  }
}
