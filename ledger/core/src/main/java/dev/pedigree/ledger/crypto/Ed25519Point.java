package dev.pedigree.ledger.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A point of edwards25519 in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, xy = T/Z
 * (Hisil, Wong, Carter and Dawson, "Twisted Edwards Curves Revisited", 2008), over {@link
 * Ed25519Field}'s arithmetic mod 2^255 - 19 (decoding takes Bouncy Castle's square root). Mutable
 * scratch for {@link Ed25519Verifier}; everything here is variable-time, which is fine because
 * verification handles public data only.
 *
 * <p>Coordinates and cached forms are always carried field elements (every limb below 2^51 +
 * 2^12); the formulas combine at most what {@link Ed25519Field#mul} accepts (limbs below 3 ·
 * 2^52) before multiplying, with the bounds noted where they are closest.
 */
final class Ed25519Point {
  /** d = -121665/121666, the curve constant of RFC 8032 §5.1. */
  static final long[] D;

  /** 2d, used by the addition formulas. */
  static final long[] D2;

  /** 1/d and -1/d, to read T back from a cached 2dT. */
  private static final long[] D_INVERSE;

  private static final long[] MINUS_D_INVERSE;

  /** d on Bouncy Castle's field, for {@link #decode}. */
  private static final int[] D_BOUNCY_CASTLE;

  static {
    int[] d = X25519Field.create();
    int[] den = X25519Field.create();
    den[0] = 121666;
    X25519Field.inv(den, d);
    X25519Field.mul(d, 121665, d);
    X25519Field.negate(d, d);
    X25519Field.normalize(d);
    D_BOUNCY_CASTLE = d;
    D = Ed25519Field.create();
    Ed25519FieldCodec.fromBouncyCastle(d, D);
    D2 = Ed25519Field.create();
    Ed25519Field.add(D, D, D2);
    Ed25519Field.carry(D2);
    D_INVERSE = Ed25519Field.create();
    Ed25519Field.invVar(D, D_INVERSE);
    MINUS_D_INVERSE = Ed25519Field.create();
    Ed25519Field.sub(MINUS_D_INVERSE, D_INVERSE, MINUS_D_INVERSE);
    Ed25519Field.carry(MINUS_D_INVERSE);
  }

  final long[] x = Ed25519Field.create();
  final long[] y = Ed25519Field.create();
  final long[] z = Ed25519Field.create();
  final long[] t = Ed25519Field.create();

  /** The neutral element (0, 1). */
  static Ed25519Point neutral() {
    Ed25519Point p = new Ed25519Point();
    Ed25519Field.one(p.y);
    Ed25519Field.one(p.z);
    return p;
  }

  /**
   * Decodes a 32-byte point encoding (RFC 8032 §5.1.3), or returns null when y ≥ p, x² has no
   * root, or x = 0 with the sign bit set. Done once per key, on Bouncy Castle's field, for its
   * {@code sqrtRatioVar}; the result is converted to {@link Ed25519Field}'s.
   */
  static Ed25519Point decode(byte[] encoding, int offset) {
    if (!Ed25519Encoding.isCanonicalPoint(encoding, offset)) {
      return null;
    }
    byte[] yBytes = new byte[32];
    System.arraycopy(encoding, offset, yBytes, 0, 32);
    int sign = (yBytes[31] & 0x80) >>> 7;
    yBytes[31] &= 0x7f;
    int[] y = X25519Field.create();
    int[] x = X25519Field.create();
    X25519Field.decode(yBytes, 0, y);
    // x² = (y² - 1) / (d y² + 1)
    int[] u = X25519Field.create();
    int[] v = X25519Field.create();
    X25519Field.sqr(y, u);
    X25519Field.mul(u, D_BOUNCY_CASTLE, v);
    X25519Field.subOne(u);
    X25519Field.addOne(v);
    if (!X25519Field.sqrtRatioVar(u, v, x)) {
      return null;
    }
    X25519Field.normalize(x);
    if (sign == 1 && X25519Field.isZeroVar(x)) {
      return null;
    }
    if ((x[0] & 1) != sign) {
      X25519Field.negate(x, x);
    }
    Ed25519Point p = new Ed25519Point();
    Ed25519FieldCodec.fromBouncyCastle(x, p.x);
    Ed25519FieldCodec.fromBouncyCastle(y, p.y);
    Ed25519Field.one(p.z);
    Ed25519Field.mul(p.x, p.y, p.t);
    return p;
  }

  /** The 32-byte encoding (RFC 8032 §5.1.2): y, with the low bit of x in the top bit. */
  void encode(byte[] out, int offset) {
    long[] zInv = Ed25519Field.create();
    long[] ax = Ed25519Field.create();
    long[] ay = Ed25519Field.create();
    Ed25519Field.invVar(z, zInv);
    Ed25519Field.mul(x, zInv, ax);
    Ed25519Field.mul(y, zInv, ay);
    Ed25519FieldCodec.encode(ay, out, offset);
    if (Ed25519FieldCodec.isNegative(ax)) {
      out[offset + 31] |= (byte) 0x80;
    }
  }

  /**
   * The point of a cached form, as (2X : 2Y : 2Z : 2T), which is the same point: 2X and 2Y are the
   * difference and sum of Y + X and Y - X, 2T is 2dT / d, and 2Z is 2 in an affine cached form.
   */
  static Ed25519Point fromCached(Cached c) {
    Ed25519Point p = new Ed25519Point();
    p.set(c, false, true);
    return p;
  }

  /**
   * this = q, or -q when {@code subtract}, as {@link #fromCached} reads it (-q swaps Y + X with Y -
   * X and negates T); T is only computed when asked for. What a sum starts from instead of adding
   * its first term to the neutral element: one multiplication at most instead of seven.
   */
  void set(Cached q, boolean subtract, boolean withT) {
    long[] qPlus = subtract ? q.yMinusX : q.yPlusX;
    long[] qMinus = subtract ? q.yPlusX : q.yMinusX;
    Ed25519Field.addSub(qPlus, qMinus, y, x); // y = 2Y, x = ±2X
    Ed25519Field.carry(x);
    Ed25519Field.carry(y);
    if (q.z2 == null) {
      Ed25519Field.one(z);
      z[0] = 2;
    } else {
      Ed25519Field.copy(q.z2, z);
    }
    if (withT) {
      Ed25519Field.mul(q.t2d, subtract ? MINUS_D_INVERSE : D_INVERSE, t);
    }
  }

  Ed25519Point copy() {
    Ed25519Point p = new Ed25519Point();
    Ed25519Field.copy(x, p.x);
    Ed25519Field.copy(y, p.y);
    Ed25519Field.copy(z, p.z);
    Ed25519Field.copy(t, p.t);
    return p;
  }

  /**
   * this = 2 · this ("dbl-2008-hwcd" with a = -1); T is only computed when asked for. The formula's
   * E, F, G and H are all taken negated, which leaves the four products unchanged and needs no
   * negation: H' = A + B, E' = H' - (X + Y)², G' = A - B, F' = G' + C with C = 2Z²; the largest,
   * F', has limbs below 2^52 + 2^13 + 2^52 + 2^51 + 2^12 < 3 · 2^52.
   */
  void doubleInPlace(Scratch s, boolean withT) {
    Ed25519Field.sqr(x, s.a);
    Ed25519Field.sqr(y, s.b);
    Ed25519Field.sqr(z, s.c);
    Ed25519Field.add(s.c, s.c, s.c);
    Ed25519Field.add(x, y, s.e);
    Ed25519Field.sqr(s.e, s.e);
    Ed25519Field.addSub(s.a, s.b, s.h, s.g); // h = A + B, g = A - B
    Ed25519Field.sub(s.h, s.e, s.e); // e = A + B - (X + Y)²
    Ed25519Field.add(s.g, s.c, s.f); // f = A - B + 2Z²
    Ed25519Field.mul(s.e, s.f, x);
    Ed25519Field.mul(s.g, s.h, y);
    Ed25519Field.mul(s.f, s.g, z);
    if (withT) {
      Ed25519Field.mul(s.e, s.h, t);
    }
  }

  /**
   * this = this + q, or this - q when {@code subtract} ("add-2008-hwcd-3" with a = -1, q in the
   * cached form (Y + X, Y - X, 2Z, 2dT); 2Z is null for an affine q, whose Z is 1).
   */
  void add(Cached q, boolean subtract, Scratch s) {
    add(q, subtract, s, true);
  }

  /**
   * As {@link #add(Cached, boolean, Scratch)}, computing T only when asked for: a sum that is
   * doubled next, or encoded, never reads it. Subtracting q swaps Y + X with Y - X and negates C,
   * which swaps F = D - C with G = D + C. The factors stay below 2^53 + 2^13 per limb, the largest
   * being D - C = D + 2p - C with D = 2Z (limbs below 2^52 + 2^13) for an affine q.
   */
  void add(Cached q, boolean subtract, Scratch s, boolean withT) {
    long[] qPlus = subtract ? q.yMinusX : q.yPlusX;
    long[] qMinus = subtract ? q.yPlusX : q.yMinusX;
    Ed25519Field.addSub(y, x, s.b, s.a); // b = Y1 + X1, a = Y1 - X1
    Ed25519Field.mul(s.a, qMinus, s.a);
    Ed25519Field.mul(s.b, qPlus, s.b);
    Ed25519Field.mul(t, q.t2d, s.c);
    if (q.z2 == null) {
      Ed25519Field.add(z, z, s.d);
    } else {
      Ed25519Field.mul(z, q.z2, s.d);
    }
    Ed25519Field.addSub(s.b, s.a, s.h, s.e); // h = B + A, e = B - A
    if (subtract) {
      Ed25519Field.addSub(s.d, s.c, s.f, s.g); // f = D + C, g = D - C
    } else {
      Ed25519Field.addSub(s.d, s.c, s.g, s.f); // g = D + C, f = D - C
    }
    Ed25519Field.mul(s.e, s.f, x);
    Ed25519Field.mul(s.g, s.h, y);
    Ed25519Field.mul(s.f, s.g, z);
    if (withT) {
      Ed25519Field.mul(s.e, s.h, t);
    }
  }

  /** This point in cached form, projective (one multiplication more per addition). */
  Cached cached() {
    Cached c = new Cached();
    Ed25519Field.addSub(y, x, c.yPlusX, c.yMinusX);
    Ed25519Field.carry(c.yPlusX);
    Ed25519Field.carry(c.yMinusX);
    c.z2 = Ed25519Field.create();
    Ed25519Field.add(z, z, c.z2);
    Ed25519Field.carry(c.z2);
    Ed25519Field.mul(t, D2, c.t2d);
    return c;
  }

  /**
   * The points in cached form with Z = 1, so that adding one costs a multiplication less. One
   * inversion serves them all (Montgomery's trick: invert the product of every Z, then peel each
   * 1/Z off it with two multiplications); Z is never 0, the addition law being complete.
   */
  static Cached[] cachedAffine(Ed25519Point[] points) {
    int n = points.length;
    long[][] prefix = new long[n][];
    prefix[0] = points[0].z;
    for (int i = 1; i < n; i++) {
      prefix[i] = Ed25519Field.create();
      Ed25519Field.mul(prefix[i - 1], points[i].z, prefix[i]);
    }
    long[] inverse = Ed25519Field.create(); // 1 / (Z_0 ... Z_i) as i goes down
    Ed25519Field.invVar(prefix[n - 1], inverse);
    Cached[] table = new Cached[n];
    long[] zInv = Ed25519Field.create();
    for (int i = n - 1; i >= 0; i--) {
      if (i > 0) {
        Ed25519Field.mul(inverse, prefix[i - 1], zInv);
        Ed25519Field.mul(inverse, points[i].z, inverse);
      } else {
        Ed25519Field.copy(inverse, zInv);
      }
      table[i] = points[i].cachedWithZInverse(zInv);
    }
    return table;
  }

  private Cached cachedWithZInverse(long[] zInv) {
    Ed25519Point p = new Ed25519Point();
    Ed25519Field.mul(x, zInv, p.x);
    Ed25519Field.mul(y, zInv, p.y);
    Ed25519Field.one(p.z);
    Ed25519Field.mul(p.x, p.y, p.t);
    Cached c = p.cached();
    c.z2 = null;
    return c;
  }

  /** A point prepared for addition: (Y + X, Y - X, 2Z, 2dT); z2 is null when Z = 1. */
  static final class Cached {
    final long[] yPlusX = Ed25519Field.create();
    final long[] yMinusX = Ed25519Field.create();
    long[] z2;
    final long[] t2d = Ed25519Field.create();
  }

  /** Temporaries for the point formulas, one set per verification. */
  static final class Scratch {
    final long[] a = Ed25519Field.create();
    final long[] b = Ed25519Field.create();
    final long[] c = Ed25519Field.create();
    final long[] d = Ed25519Field.create();
    final long[] e = Ed25519Field.create();
    final long[] f = Ed25519Field.create();
    final long[] g = Ed25519Field.create();
    final long[] h = Ed25519Field.create();
  }
}
