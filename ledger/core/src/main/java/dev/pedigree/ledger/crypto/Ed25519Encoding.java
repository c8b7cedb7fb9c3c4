package dev.pedigree.ledger.crypto;

/**
 * Checks on Ed25519 encodings that DESIGN A4 makes besides the equation itself, and that lenient
 * verifiers leave out. All inputs are public, so none of this needs to run in constant time.
 */
final class Ed25519Encoding {
  /** The field prime p = 2^255 - 19, little-endian. */
  private static final byte[] P =
      Hex.decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

  /** The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian. */
  private static final byte[] L =
      Hex.decode("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");

  /**
   * The y-coordinates (little-endian, sign bit of x clear) of the points of order dividing 8, with
   * the non-canonical spellings y = p and y = p + 1: libsodium's {@code has_small_order} list.
   * Compared with the sign bit masked, so the "negative zero" encodings of (0, 1) and (0, -1) are
   * caught too.
   */
  private static final byte[][] SMALL_ORDER_Y = {
    Hex.decode("0000000000000000000000000000000000000000000000000000000000000000"), // 0, order 4
    Hex.decode("0100000000000000000000000000000000000000000000000000000000000000"), // 1, order 1
    Hex.decode("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"), // order 8
    Hex.decode("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"), // order 8
    Hex.decode("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), // -1, order 2
    Hex.decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), // p, i.e. 0
    Hex.decode("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), // p + 1, i.e. 1
  };

  private static final int LENGTH = 32;

  private Ed25519Encoding() {}

  /**
   * True when the point encoding at {@code offset} has y < p (RFC 8032 §5.1.3 step 1). The other
   * non-canonical spelling, x = 0 with the sign bit set, only exists for points of small order.
   */
  static boolean isCanonicalPoint(byte[] encoding, int offset) {
    return lessThan(encoding, offset, P, 0x7f);
  }

  /** True when the point encoding at {@code offset} is one of a point of order 1, 2, 4 or 8. */
  static boolean hasSmallOrder(byte[] encoding, int offset) {
    for (byte[] y : SMALL_ORDER_Y) {
      boolean same = (encoding[offset + LENGTH - 1] & 0x7f) == y[LENGTH - 1];
      for (int i = 0; same && i < LENGTH - 1; i++) {
        same = encoding[offset + i] == y[i];
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** True when the scalar at {@code offset} is below L (RFC 8032 §5.1.7 step 1: S < L). */
  static boolean isReducedScalar(byte[] encoding, int offset) {
    return lessThan(encoding, offset, L, 0xff);
  }

  /** Compares 32-byte little-endian numbers, the top byte of {@code a} masked with {@code mask}. */
  private static boolean lessThan(byte[] a, int offset, byte[] b, int mask) {
    for (int i = LENGTH - 1; i >= 0; i--) {
      int x = a[offset + i] & (i == LENGTH - 1 ? mask : 0xff);
      int y = b[i] & 0xff;
      if (x != y) {
        return x < y;
      }
    }
    return false;
  }
}
