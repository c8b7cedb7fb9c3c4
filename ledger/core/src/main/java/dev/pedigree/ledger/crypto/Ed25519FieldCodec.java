package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Field.MASK;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * {@link Ed25519Field}'s elements in and out of its five limbs: the least residue, the 32-byte
 * little-endian encoding (RFC 8032 §5.1.2), and Bouncy Castle's {@code X25519Field} elements,
 * through which {@link Ed25519Field#invVar} inverts and {@link Ed25519Point#decode} takes square
 * roots. Variable-time, as the arithmetic is.
 */
final class Ed25519FieldCodec {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Ed25519FieldCodec() {}

  /**
   * Reduces a carried element in place to its least residue, below p: q = 1 exactly when a + 19
   * reaches 2^255, i.e. a ≥ p (a carried element is below 2p), and a - q p = a + 19 q - q 2^255.
   */
  static void normalize(long[] a) {
    Ed25519Field.carry(a); // limbs below 2^51 + 2^12 become limbs below 2^51, limb 1 at most 2^51
    long q = (a[0] + 19) >>> 51;
    q = (a[1] + q) >>> 51;
    q = (a[2] + q) >>> 51;
    q = (a[3] + q) >>> 51;
    q = (a[4] + q) >>> 51;
    long a0 = a[0] + 19 * q;
    long a1 = a[1] + (a0 >>> 51);
    long a2 = a[2] + (a1 >>> 51);
    long a3 = a[3] + (a2 >>> 51);
    long a4 = a[4] + (a3 >>> 51);
    a[0] = a0 & MASK;
    a[1] = a1 & MASK;
    a[2] = a2 & MASK;
    a[3] = a3 & MASK;
    a[4] = a4 & MASK; // drops q 2^255
  }

  /** Reads 32 little-endian bytes, bit 255 ignored, as a carried element (not reduced mod p). */
  static void decode(byte[] in, int offset, long[] r) {
    long w0 = (long) LONGS.get(in, offset);
    long w1 = (long) LONGS.get(in, offset + 8);
    long w2 = (long) LONGS.get(in, offset + 16);
    long w3 = (long) LONGS.get(in, offset + 24);
    r[0] = w0 & MASK;
    r[1] = ((w0 >>> 51) | (w1 << 13)) & MASK;
    r[2] = ((w1 >>> 38) | (w2 << 26)) & MASK;
    r[3] = ((w2 >>> 25) | (w3 << 39)) & MASK;
    r[4] = (w3 >>> 12) & MASK;
  }

  /** Writes the least residue of a carried element a as 32 little-endian bytes; a is unchanged. */
  static void encode(long[] a, byte[] out, int offset) {
    long[] n = a.clone();
    normalize(n);
    LONGS.set(out, offset, n[0] | (n[1] << 51));
    LONGS.set(out, offset + 8, (n[1] >>> 13) | (n[2] << 38));
    LONGS.set(out, offset + 16, (n[2] >>> 26) | (n[3] << 25));
    LONGS.set(out, offset + 24, (n[3] >>> 39) | (n[4] << 12));
  }

  /** True when the least residue of a carried element is odd (its "sign", RFC 8032 §5.1.2). */
  static boolean isNegative(long[] a) {
    long[] n = a.clone();
    normalize(n);
    return (n[0] & 1) != 0;
  }

  /** The element of a Bouncy Castle field element, carried. */
  static void fromBouncyCastle(int[] a, long[] r) {
    int[] n = X25519Field.create();
    X25519Field.copy(a, 0, n, 0);
    X25519Field.normalize(n);
    byte[] bytes = new byte[32];
    X25519Field.encode(n, bytes, 0);
    decode(bytes, 0, r);
  }

  /** The Bouncy Castle field element of a carried element, reduced. */
  static int[] toBouncyCastle(long[] a) {
    byte[] bytes = new byte[32];
    encode(a, bytes, 0);
    int[] r = X25519Field.create();
    X25519Field.decode(bytes, 0, r);
    return r;
  }
}
