package dev.pedigree.ledger.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Arithmetic mod p = 2^255 - 19 on five {@code long} limbs of 51 bits, a = Σ a[i] 2^(51 i), for
 * {@link Ed25519Point}: what strict verification spends most of its time in. A product of two
 * limbs (times 19 where it passes 2^255) needs up to 114 bits, so {@link #mul} and {@link #sqr}
 * take it in two halves from the 64-bit multiplier: {@link Math#multiplyHigh} (an intrinsic on
 * x86-64 and AArch64) of the limbs pre-shifted by 13 bits in all is the product's bits from 51
 * up, and the low 51 bits of a column of products follow from the column's sum mod 2^64 (see
 * {@link #mul}). 25 such products (15 to square) against Bouncy Castle's ten limbs of 25.5 bits
 * with their hundred or so 32-bit ones.
 *
 * <p>Variable-time, which is fine for verification (public inputs only), but exact for every
 * input within these bounds on the limbs, all non-negative:
 *
 * <ul>
 *   <li><b>carried</b>: every limb below 2^51 + 2^12. What {@link #mul}, {@link #sqr}, {@link
 *       #carry} and {@link Ed25519FieldCodec#decode} return.
 *   <li>{@link #add} of two carried elements: limbs below 2^52 + 2^13.
 *   <li>{@link #sub}(a, b) = a + 2p - b, b carried (every limb of 2p, at least 2^52 - 38, is above
 *       a carried limb, so no limb goes negative): limbs below a's + 2^52.
 *   <li>{@link #mul} and {@link #sqr} take limbs below 3 · 2^52, so any sum or difference of two
 *       carried elements, and a carried one plus such a difference.
 * </ul>
 *
 * <p>Elements are not reduced: a carried element is below 2^255 + 2^217 (so below 2p) and may be
 * p or more; {@link Ed25519FieldCodec#encode} reduces fully. Inversion goes to Bouncy Castle's
 * {@code X25519Field} through the 32-byte encoding ({@link Ed25519FieldCodec}), which costs less
 * than an exponentiation here (BENCHMARKS.md), and {@link Ed25519Point#decode} takes its square
 * root there too.
 */
final class Ed25519Field {
  /** Limbs per element. */
  static final int LIMBS = 5;

  /** The low 51 bits of a limb: what stays in it when it carries. */
  static final long MASK = (1L << 51) - 1;

  /** The limbs of 2p = 2^256 - 38, added before subtracting a carried element. */
  private static final long TWO_P_0 = (1L << 52) - 38;

  private static final long TWO_P_N = (1L << 52) - 2;

  private Ed25519Field() {}

  static long[] create() {
    return new long[LIMBS];
  }

  static void one(long[] r) {
    r[0] = 1;
    r[1] = 0;
    r[2] = 0;
    r[3] = 0;
    r[4] = 0;
  }

  static void copy(long[] a, long[] r) {
    System.arraycopy(a, 0, r, 0, LIMBS);
  }

  /** r = a + b, uncarried: limbs below the sum of the bounds of a's and b's. */
  static void add(long[] a, long[] b, long[] r) {
    r[0] = a[0] + b[0];
    r[1] = a[1] + b[1];
    r[2] = a[2] + b[2];
    r[3] = a[3] + b[3];
    r[4] = a[4] + b[4];
  }

  /** r = a + 2p - b, b carried: limbs below a's bound + 2^52. */
  static void sub(long[] a, long[] b, long[] r) {
    r[0] = a[0] + TWO_P_0 - b[0];
    r[1] = a[1] + TWO_P_N - b[1];
    r[2] = a[2] + TWO_P_N - b[2];
    r[3] = a[3] + TWO_P_N - b[3];
    r[4] = a[4] + TWO_P_N - b[4];
  }

  /** r = a + b and s = a + 2p - b (b carried), either may be a or b. */
  static void addSub(long[] a, long[] b, long[] r, long[] s) {
    long a0 = a[0];
    long a1 = a[1];
    long a2 = a[2];
    long a3 = a[3];
    long a4 = a[4];
    long b0 = b[0];
    long b1 = b[1];
    long b2 = b[2];
    long b3 = b[3];
    long b4 = b[4];
    r[0] = a0 + b0;
    r[1] = a1 + b1;
    r[2] = a2 + b2;
    r[3] = a3 + b3;
    r[4] = a4 + b4;
    s[0] = a0 + TWO_P_0 - b0;
    s[1] = a1 + TWO_P_N - b1;
    s[2] = a2 + TWO_P_N - b2;
    s[3] = a3 + TWO_P_N - b3;
    s[4] = a4 + TWO_P_N - b4;
  }

  /**
   * Carries a in place, for limbs below 2^62: the carry out of the top limb is at most 2^11, 19
   * times it is added to limb 0, whose carry (at most 1) makes limb 1 at most 2^51.
   */
  static void carry(long[] a) {
    long a0 = a[0];
    long a1 = a[1] + (a0 >>> 51);
    long a2 = a[2] + (a1 >>> 51);
    long a3 = a[3] + (a2 >>> 51);
    long a4 = a[4] + (a3 >>> 51);
    a0 = (a0 & MASK) + 19 * (a4 >>> 51);
    a[0] = a0 & MASK;
    a[1] = (a1 & MASK) + (a0 >>> 51);
    a[2] = a2 & MASK;
    a[3] = a3 & MASK;
    a[4] = a4 & MASK;
  }

  /**
   * r = a · b, carried, for limbs of a and b below 3 · 2^52; r may be a or b.
   *
   * <p>Column k of the product (the terms of 2^(51 k)) sums products P = a_i b_j, times 19 where
   * i + j ≥ 5 (2^255 = 19 mod p), at most 5 of them, each below 2^113.5. It is taken in two
   * halves: h, the sum of the P's bits from 51 up, is {@code multiplyHigh}(a_i 2^9, b_j 2^4) (or
   * 19 b_j 2^4), both factors below 2^63 so that the signed high product is the unsigned one; and
   * l, the sum of the P's low 51 bits, below 5 · 2^51, is read off w = Σ (a_i 2^9) b_j mod 2^64,
   * which is l 2^9 + h 2^60 mod 2^64, with l 2^9 < 2^63: l = (w - h 2^60) >>> 9. Bounds with limbs
   * below 3 · 2^52 (9 · 2^104 per product): the h of column 0 (1 + 4 · 19 products) is below 693
   * · 2^53 < 2^62.44, those of columns 1 to 4 smaller (531, 369, 207, 45 · 2^53). The carry into
   * a column, added to its l, stays below 2^62.5, and the carry out of column 4 below 45 · 2^53 +
   * 2^12, so 19 times it, added to limb 0, is below 2^62.75: nothing wraps but w, on purpose.
   */
  static void mul(long[] a, long[] b, long[] r) {
    long a0 = a[0] << 9;
    long a1 = a[1] << 9;
    long a2 = a[2] << 9;
    long a3 = a[3] << 9;
    long a4 = a[4] << 9;
    long b0 = b[0];
    long b1 = b[1];
    long b2 = b[2];
    long b3 = b[3];
    long b4 = b[4];
    long n1 = b1 * 19;
    long n2 = b2 * 19;
    long n3 = b3 * 19;
    long n4 = b4 * 19;
    long s0 = b0 << 4;
    long s1 = b1 << 4;
    long s2 = b2 << 4;
    long s3 = b3 << 4;
    long s4 = b4 << 4;
    long m1 = n1 << 4;
    long m2 = n2 << 4;
    long m3 = n3 << 4;
    long m4 = n4 << 4;

    long h0 =
        Math.multiplyHigh(a0, s0)
            + Math.multiplyHigh(a1, m4)
            + Math.multiplyHigh(a2, m3)
            + Math.multiplyHigh(a3, m2)
            + Math.multiplyHigh(a4, m1);
    long w0 = a0 * b0 + a1 * n4 + a2 * n3 + a3 * n2 + a4 * n1;
    long h1 =
        Math.multiplyHigh(a0, s1)
            + Math.multiplyHigh(a1, s0)
            + Math.multiplyHigh(a2, m4)
            + Math.multiplyHigh(a3, m3)
            + Math.multiplyHigh(a4, m2);
    long w1 = a0 * b1 + a1 * b0 + a2 * n4 + a3 * n3 + a4 * n2;
    long h2 =
        Math.multiplyHigh(a0, s2)
            + Math.multiplyHigh(a1, s1)
            + Math.multiplyHigh(a2, s0)
            + Math.multiplyHigh(a3, m4)
            + Math.multiplyHigh(a4, m3);
    long w2 = a0 * b2 + a1 * b1 + a2 * b0 + a3 * n4 + a4 * n3;
    long h3 =
        Math.multiplyHigh(a0, s3)
            + Math.multiplyHigh(a1, s2)
            + Math.multiplyHigh(a2, s1)
            + Math.multiplyHigh(a3, s0)
            + Math.multiplyHigh(a4, m4);
    long w3 = a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0 + a4 * n4;
    long h4 =
        Math.multiplyHigh(a0, s4)
            + Math.multiplyHigh(a1, s3)
            + Math.multiplyHigh(a2, s2)
            + Math.multiplyHigh(a3, s1)
            + Math.multiplyHigh(a4, s0);
    long w4 = a0 * b4 + a1 * b3 + a2 * b2 + a3 * b1 + a4 * b0;
    reduce(h0, w0, h1, w1, h2, w2, h3, w3, h4, w4, r);
  }

  /**
   * r = a², carried, for limbs of a below 3 · 2^52; r may be a. As {@link #mul}, with the equal
   * cross products taken once and doubled through the second factor (38 a_j 2^4 < 2^62.9).
   */
  static void sqr(long[] a, long[] r) {
    long x0 = a[0] << 9;
    long x1 = a[1] << 9;
    long x2 = a[2] << 9;
    long x3 = a[3] << 9;
    long x4 = a[4] << 9;
    long y0 = a[0];
    long y1 = a[1];
    long y2 = a[2];
    long d1 = y1 << 1;
    long d2 = y2 << 1;
    long d3 = a[3] << 1;
    long d4 = a[4] << 1;
    long n3 = a[3] * 19;
    long n4 = a[4] * 19;
    long m3 = n3 << 1;
    long m4 = n4 << 1;

    // c0 = a0² + 38 (a1 a4 + a2 a3)
    long h0 =
        Math.multiplyHigh(x0, y0 << 4)
            + Math.multiplyHigh(x1, m4 << 4)
            + Math.multiplyHigh(x2, m3 << 4);
    long w0 = x0 * y0 + x1 * m4 + x2 * m3;
    // c1 = 2 a0 a1 + 38 a2 a4 + 19 a3²
    long h1 =
        Math.multiplyHigh(x0, d1 << 4)
            + Math.multiplyHigh(x2, m4 << 4)
            + Math.multiplyHigh(x3, n3 << 4);
    long w1 = x0 * d1 + x2 * m4 + x3 * n3;
    // c2 = 2 a0 a2 + a1² + 38 a3 a4
    long h2 =
        Math.multiplyHigh(x0, d2 << 4)
            + Math.multiplyHigh(x1, y1 << 4)
            + Math.multiplyHigh(x3, m4 << 4);
    long w2 = x0 * d2 + x1 * y1 + x3 * m4;
    // c3 = 2 a0 a3 + 2 a1 a2 + 19 a4²
    long h3 =
        Math.multiplyHigh(x0, d3 << 4)
            + Math.multiplyHigh(x1, d2 << 4)
            + Math.multiplyHigh(x4, n4 << 4);
    long w3 = x0 * d3 + x1 * d2 + x4 * n4;
    // c4 = 2 a0 a4 + 2 a1 a3 + a2²
    long h4 =
        Math.multiplyHigh(x0, d4 << 4)
            + Math.multiplyHigh(x1, d3 << 4)
            + Math.multiplyHigh(x2, y2 << 4);
    long w4 = x0 * d4 + x1 * d3 + x2 * y2;
    reduce(h0, w0, h1, w1, h2, w2, h3, w3, h4, w4, r);
  }

  /**
   * Carries the columns of a product into r: column k is h_k 2^51 + l_k, l_k = (w_k - h_k 2^60)
   * >>> 9 (bounds at {@link #mul}).
   */
  private static void reduce(
      long h0,
      long w0,
      long h1,
      long w1,
      long h2,
      long w2,
      long h3,
      long w3,
      long h4,
      long w4,
      long[] r) {
    long c = (w0 - (h0 << 60)) >>> 9;
    long r0 = c & MASK;
    c = ((w1 - (h1 << 60)) >>> 9) + h0 + (c >>> 51);
    long r1 = c & MASK;
    c = ((w2 - (h2 << 60)) >>> 9) + h1 + (c >>> 51);
    long r2 = c & MASK;
    c = ((w3 - (h3 << 60)) >>> 9) + h2 + (c >>> 51);
    long r3 = c & MASK;
    c = ((w4 - (h4 << 60)) >>> 9) + h3 + (c >>> 51);
    long r4 = c & MASK;
    r0 += 19 * (h4 + (c >>> 51));
    r[0] = r0 & MASK;
    r[1] = r1 + (r0 >>> 51);
    r[2] = r2;
    r[3] = r3;
    r[4] = r4;
  }

  /** r = 1 / a for a carried a ≠ 0 mod p (variable time, via Bouncy Castle); r is carried. */
  static void invVar(long[] a, long[] r) {
    int[] bc = Ed25519FieldCodec.toBouncyCastle(a);
    X25519Field.invVar(bc, bc);
    Ed25519FieldCodec.fromBouncyCastle(bc, r);
  }
}
