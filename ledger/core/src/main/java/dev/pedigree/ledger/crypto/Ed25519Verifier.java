package dev.pedigree.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The cofactorless Ed25519 equation of RFC 8032 §5.1.7, checked as the RFC writes it: compute
 * [S]B - [k]A and compare its encoding byte for byte with R. No assumption on the subgroup of A or
 * R is needed, so this is exact for every key, unlike Bouncy Castle's cofactored check.
 *
 * <p>Speed comes from splitting each scalar at bit 128: [S]B - [k]A = [S₀]B + [S₁]B' - [k₀]A -
 * [k₁]A' with B' = [2^128]B and A' = [2^128]A, evaluated in one interleaved wNAF pass of 128
 * doublings (Straus/Shamir). The tables for B and B' are built once; those for A and A' once per
 * key ({@link KeyTables}), since keys verify many signatures.
 */
final class Ed25519Verifier {
  private static final int HALF_BITS = 128;
  private static final int BASE_WIDTH = 8;
  private static final int KEY_WIDTH = 5;

  /** The RFC 8032 §5.1 base point B, and [2^128]B, as odd multiples for wNAF. */
  private static final Ed25519Point.Cached[] BASE;

  private static final Ed25519Point.Cached[] BASE_HIGH;

  private static final ThreadLocal<MessageDigest> SHA512 =
      ThreadLocal.withInitial(Ed25519Verifier::newSha512);

  static {
    byte[] encoded =
        Hex.decode("5866666666666666666666666666666666666666666666666666666666666666");
    Ed25519Point b = Ed25519Point.decode(encoded, 0);
    BASE = cached(oddMultiples(b, BASE_WIDTH), true);
    BASE_HIGH = cached(oddMultiples(timesTwoTo(b, HALF_BITS), BASE_WIDTH), true);
  }

  private Ed25519Verifier() {}

  /** Precomputed odd multiples of a public key A and of [2^128]A. */
  static final class KeyTables {
    private final Ed25519Point.Cached[] low;
    private final Ed25519Point.Cached[] high;

    private KeyTables(Ed25519Point a) {
      this.low = cached(oddMultiples(a, KEY_WIDTH), false);
      this.high = cached(oddMultiples(timesTwoTo(a, HALF_BITS), KEY_WIDTH), false);
    }
  }

  /**
   * The tables of a public key, or null when the bytes do not decode to a curve point (RFC 8032
   * §5.1.3).
   */
  static KeyTables tablesOf(byte[] publicKey) {
    Ed25519Point a = Ed25519Point.decode(publicKey, 0);
    return a == null ? null : new KeyTables(a);
  }

  /**
   * True when [S]B = R + [k]A, k = SHA-512(R || A || M) mod L, with R compared as encoded bytes
   * (RFC 8032 §5.1.7 step 3 without the cofactor). The caller has already checked S < L.
   */
  static boolean holds(KeyTables key, byte[] publicKey, byte[] message, byte[] signature) {
    byte[] k = new byte[32];
    Ed25519Scalar.reduce(sha512(signature, publicKey, message), k);
    byte[][] digits = {
      Ed25519Scalar.wnaf(signature, 256, HALF_BITS, BASE_WIDTH),
      Ed25519Scalar.wnaf(signature, 256 + HALF_BITS, HALF_BITS, BASE_WIDTH),
      Ed25519Scalar.wnaf(k, 0, HALF_BITS, KEY_WIDTH),
      Ed25519Scalar.wnaf(k, HALF_BITS, HALF_BITS, KEY_WIDTH),
    };
    Ed25519Point.Cached[][] tables = {BASE, BASE_HIGH, key.low, key.high};
    boolean[] negate = {false, false, true, true};

    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point sum = Ed25519Point.neutral();
    for (int i = HALF_BITS; i >= 0; i--) {
      boolean adds =
          digits[0][i] != 0 || digits[1][i] != 0 || digits[2][i] != 0 || digits[3][i] != 0;
      sum.doubleInPlace(scratch, adds);
      if (!adds) {
        continue;
      }
      for (int j = 0; j < digits.length; j++) {
        int digit = digits[j][i];
        if (digit != 0) {
          sum.add(tables[j][Math.abs(digit) >>> 1], negate[j] ^ (digit < 0), scratch);
        }
      }
    }
    byte[] encoded = new byte[32];
    sum.encode(encoded, 0);
    return Arrays.equals(encoded, 0, 32, signature, 0, 32);
  }

  private static byte[] sha512(byte[] signature, byte[] publicKey, byte[] message) {
    MessageDigest digest = SHA512.get();
    digest.reset(); // in case an error left a previous call unfinished
    digest.update(signature, 0, 32);
    digest.update(publicKey);
    digest.update(message);
    return digest.digest();
  }

  private static MessageDigest newSha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-512", e);
    }
  }

  /** [2^n]p. */
  private static Ed25519Point timesTwoTo(Ed25519Point p, int n) {
    Ed25519Point r = p.copy();
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    for (int i = 0; i < n; i++) {
      r.doubleInPlace(scratch, i == n - 1);
    }
    return r;
  }

  /** p, 3p, 5p, ..., (2^(w-1) - 1)p: the table a width-w NAF indexes by |digit| / 2. */
  private static Ed25519Point[] oddMultiples(Ed25519Point p, int width) {
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point[] multiples = new Ed25519Point[1 << (width - 2)];
    Ed25519Point twice = p.copy();
    twice.doubleInPlace(scratch, true);
    Ed25519Point.Cached twiceCached = twice.cached();
    Ed25519Point current = p.copy();
    multiples[0] = current.copy();
    for (int i = 1; i < multiples.length; i++) {
      current.add(twiceCached, false, scratch);
      multiples[i] = current.copy();
    }
    return multiples;
  }

  /** Points in cached form; an affine one costs an inversion now and saves a product per use. */
  private static Ed25519Point.Cached[] cached(Ed25519Point[] points, boolean affine) {
    Ed25519Point.Cached[] table = new Ed25519Point.Cached[points.length];
    for (int i = 0; i < points.length; i++) {
      table[i] = affine ? points[i].cachedAffine() : points[i].cached();
    }
    return table;
  }
}
