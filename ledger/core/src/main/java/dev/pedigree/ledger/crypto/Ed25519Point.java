package dev.pedigree.ledger.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A point of edwards25519 in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, xy = T/Z
 * (Hisil, Wong, Carter and Dawson, "Twisted Edwards Curves Revisited", 2008), over Bouncy
 * Castle's public field arithmetic mod 2^255 - 19. Mutable scratch for {@link Ed25519Verifier};
 * everything here is variable-time, which is fine because verification handles public data only.
 *
 * <p>Bouncy Castle's field elements are ten signed limbs that {@code add} and {@code sub} leave
 * uncarried; {@code mul} and {@code sqr} take a sum or difference of two carried elements, so any
 * longer combination is carried first.
 */
final class Ed25519Point {
  /** d = -121665/121666, the curve constant of RFC 8032 §5.1. */
  static final int[] D = curveConstant();

  /** 2d, used by the addition formulas. */
  static final int[] D2 = twice(D);

  /** 1/d, to read T back from a cached 2dT. */
  private static final int[] D_INVERSE = inverse(D);

  final int[] x = X25519Field.create();
  final int[] y = X25519Field.create();
  final int[] z = X25519Field.create();
  final int[] t = X25519Field.create();

  private static int[] curveConstant() {
    int[] d = X25519Field.create();
    int[] den = X25519Field.create();
    den[0] = 121666;
    X25519Field.inv(den, d);
    X25519Field.mul(d, 121665, d);
    X25519Field.negate(d, d);
    X25519Field.normalize(d);
    return d;
  }

  private static int[] inverse(int[] a) {
    int[] r = X25519Field.create();
    X25519Field.inv(a, r);
    return r;
  }

  private static int[] twice(int[] a) {
    int[] r = X25519Field.create();
    X25519Field.add(a, a, r);
    X25519Field.normalize(r);
    return r;
  }

  /** The neutral element (0, 1). */
  static Ed25519Point neutral() {
    Ed25519Point p = new Ed25519Point();
    X25519Field.one(p.y);
    X25519Field.one(p.z);
    return p;
  }

  /**
   * Decodes a 32-byte point encoding (RFC 8032 §5.1.3), or returns null when y ≥ p, x² has no
   * root, or x = 0 with the sign bit set.
   */
  static Ed25519Point decode(byte[] encoding, int offset) {
    if (!Ed25519Encoding.isCanonicalPoint(encoding, offset)) {
      return null;
    }
    byte[] yBytes = new byte[32];
    System.arraycopy(encoding, offset, yBytes, 0, 32);
    int sign = (yBytes[31] & 0x80) >>> 7;
    yBytes[31] &= 0x7f;
    Ed25519Point p = new Ed25519Point();
    X25519Field.decode(yBytes, 0, p.y);
    // x² = (y² - 1) / (d y² + 1)
    int[] u = X25519Field.create();
    int[] v = X25519Field.create();
    X25519Field.sqr(p.y, u);
    X25519Field.mul(u, D, v);
    X25519Field.subOne(u);
    X25519Field.addOne(v);
    if (!X25519Field.sqrtRatioVar(u, v, p.x)) {
      return null;
    }
    X25519Field.normalize(p.x);
    if (sign == 1 && X25519Field.isZeroVar(p.x)) {
      return null;
    }
    if ((p.x[0] & 1) != sign) {
      X25519Field.negate(p.x, p.x);
      X25519Field.normalize(p.x);
    }
    X25519Field.one(p.z);
    X25519Field.mul(p.x, p.y, p.t);
    return p;
  }

  /** The 32-byte encoding (RFC 8032 §5.1.2): y, with the low bit of x in the top bit. */
  void encode(byte[] out, int offset) {
    int[] zInv = X25519Field.create();
    int[] ax = X25519Field.create();
    int[] ay = X25519Field.create();
    X25519Field.invVar(z, zInv);
    X25519Field.mul(x, zInv, ax);
    X25519Field.mul(y, zInv, ay);
    X25519Field.normalize(ax);
    X25519Field.normalize(ay);
    X25519Field.encode(ay, out, offset);
    out[offset + 31] |= (byte) ((ax[0] & 1) << 7);
  }

  /**
   * The point of a cached form, as (2X : 2Y : 2Z : 2T), which is the same point: 2X and 2Y are the
   * difference and sum of Y + X and Y - X, 2T is 2dT / d, and 2Z is 2 in an affine cached form.
   */
  static Ed25519Point fromCached(Cached c) {
    Ed25519Point p = new Ed25519Point();
    X25519Field.apm(c.yPlusX, c.yMinusX, p.y, p.x);
    X25519Field.carry(p.x);
    X25519Field.carry(p.y);
    if (c.z2 == null) {
      p.z[0] = 2;
    } else {
      X25519Field.copy(c.z2, 0, p.z, 0);
    }
    X25519Field.mul(c.t2d, D_INVERSE, p.t);
    return p;
  }

  Ed25519Point copy() {
    Ed25519Point p = new Ed25519Point();
    X25519Field.copy(x, 0, p.x, 0);
    X25519Field.copy(y, 0, p.y, 0);
    X25519Field.copy(z, 0, p.z, 0);
    X25519Field.copy(t, 0, p.t, 0);
    return p;
  }

  /** this = 2 · this ("dbl-2008-hwcd" with a = -1); T is only computed when asked for. */
  void doubleInPlace(Scratch s, boolean withT) {
    X25519Field.sqr(x, s.a);
    X25519Field.sqr(y, s.b);
    X25519Field.sqr(z, s.c);
    X25519Field.add(s.c, s.c, s.c);
    X25519Field.add(x, y, s.e);
    X25519Field.sqr(s.e, s.e);
    // H = -A - B, G = B - A, E = (X + Y)² - A - B = (X + Y)² + H, F = G - C
    X25519Field.apm(s.a, s.b, s.h, s.g); // h = A + B, g = A - B (both negated below)
    X25519Field.sub(s.e, s.h, s.e);
    X25519Field.carry(s.e);
    X25519Field.negate(s.g, s.g);
    X25519Field.sub(s.g, s.c, s.f);
    X25519Field.carry(s.f);
    X25519Field.negate(s.h, s.h);
    X25519Field.mul(s.e, s.f, x);
    X25519Field.mul(s.g, s.h, y);
    X25519Field.mul(s.f, s.g, z);
    if (withT) {
      X25519Field.mul(s.e, s.h, t);
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
   * doubled next, or encoded, never reads it.
   */
  void add(Cached q, boolean subtract, Scratch s, boolean withT) {
    int[] qPlus = subtract ? q.yMinusX : q.yPlusX;
    int[] qMinus = subtract ? q.yPlusX : q.yMinusX;
    X25519Field.apm(y, x, s.b, s.a); // b = Y1 + X1, a = Y1 - X1
    X25519Field.mul(s.a, qMinus, s.a);
    X25519Field.mul(s.b, qPlus, s.b);
    X25519Field.mul(t, q.t2d, s.c);
    if (subtract) {
      X25519Field.negate(s.c, s.c);
    }
    if (q.z2 == null) {
      X25519Field.add(z, z, s.d);
    } else {
      X25519Field.mul(z, q.z2, s.d);
    }
    X25519Field.apm(s.b, s.a, s.h, s.e); // h = B + A, e = B - A
    X25519Field.apm(s.d, s.c, s.g, s.f); // g = D + C, f = D - C
    X25519Field.carry(s.g);
    X25519Field.carry(s.f);
    X25519Field.mul(s.e, s.f, x);
    X25519Field.mul(s.g, s.h, y);
    X25519Field.mul(s.f, s.g, z);
    if (withT) {
      X25519Field.mul(s.e, s.h, t);
    }
  }

  /** This point in cached form, projective (one multiplication more per addition). */
  Cached cached() {
    Cached c = new Cached();
    X25519Field.apm(y, x, c.yPlusX, c.yMinusX);
    X25519Field.carry(c.yPlusX);
    X25519Field.carry(c.yMinusX);
    c.z2 = X25519Field.create();
    X25519Field.add(z, z, c.z2);
    X25519Field.carry(c.z2);
    X25519Field.mul(t, D2, c.t2d);
    return c;
  }

  /**
   * The points in cached form with Z = 1, so that adding one costs a multiplication less. One
   * inversion serves them all (Montgomery's trick: invert the product of every Z, then peel each
   * 1/Z off it with two multiplications); Z is never 0, the addition law being complete.
   */
  static Cached[] cachedAffine(Ed25519Point[] points) {
    int n = points.length;
    int[][] prefix = new int[n][];
    prefix[0] = points[0].z;
    for (int i = 1; i < n; i++) {
      prefix[i] = X25519Field.create();
      X25519Field.mul(prefix[i - 1], points[i].z, prefix[i]);
    }
    int[] inverse = X25519Field.create(); // 1 / (Z_0 ... Z_i) as i goes down
    X25519Field.invVar(prefix[n - 1], inverse);
    Cached[] table = new Cached[n];
    int[] zInv = X25519Field.create();
    for (int i = n - 1; i >= 0; i--) {
      if (i > 0) {
        X25519Field.mul(inverse, prefix[i - 1], zInv);
        X25519Field.mul(inverse, points[i].z, inverse);
      } else {
        X25519Field.copy(inverse, 0, zInv, 0);
      }
      table[i] = points[i].cachedWithZInverse(zInv);
    }
    return table;
  }

  private Cached cachedWithZInverse(int[] zInv) {
    Ed25519Point p = new Ed25519Point();
    X25519Field.mul(x, zInv, p.x);
    X25519Field.mul(y, zInv, p.y);
    X25519Field.one(p.z);
    X25519Field.mul(p.x, p.y, p.t);
    Cached c = p.cached();
    c.z2 = null;
    return c;
  }

  /** A point prepared for addition: (Y + X, Y - X, 2Z, 2dT); z2 is null when Z = 1. */
  static final class Cached {
    final int[] yPlusX = X25519Field.create();
    final int[] yMinusX = X25519Field.create();
    int[] z2;
    final int[] t2d = X25519Field.create();
  }

  /** Temporaries for the point formulas, one set per verification. */
  static final class Scratch {
    final int[] a = X25519Field.create();
    final int[] b = X25519Field.create();
    final int[] c = X25519Field.create();
    final int[] d = X25519Field.create();
    final int[] e = X25519Field.create();
    final int[] f = X25519Field.create();
    final int[] g = X25519Field.create();
    final int[] h = X25519Field.create();
  }
}
