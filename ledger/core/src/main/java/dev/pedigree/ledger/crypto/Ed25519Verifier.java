package dev.pedigree.ledger.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The cofactorless Ed25519 equation of RFC 8032 §5.1.7, checked as the RFC writes it: compute
 * [S]B - [k]A and compare its encoding byte for byte with R. No assumption on the subgroup of A or
 * R is needed, so this is exact for every key, unlike Bouncy Castle's cofactored check.
 *
 * <p>Speed comes from cutting both scalars into n parts of b = 256/n bits, S = Σ 2^(b i) S_i and k
 * likewise: [S]B - [k]A = Σ ([S_i]B_i - [k_i]A_i) with B_i = [2^(b i)]B and A_i = [2^(b i)]A,
 * evaluated in one interleaved pass of b - 1 doublings (Straus/Shamir) over tables of odd
 * multiples of every B_i and A_i ({@link Ed25519Tables}). The digits come from one width-w NAF of
 * each whole scalar, read b bits at a time, so the cut adds no digits, and {@link Ed25519Schedule}
 * lists the non-zero ones in the order they are added. The tables of B are built once per process
 * (16 parts, width 8, affine: 1,024 points, about 210 KB); those of A are the key's, and so is n: 4
 * for a key seen a few times, 8 for a busy one, 16 for a very busy one ({@link
 * Ed25519KeyTables}).
 */
final class Ed25519Verifier {
  /** B's tables serve key tables of any n parts dividing 16: part i of n is part 16i/n of B's. */
  private static final int BASE_PARTS = 16;

  private static final int BASE_WIDTH = 8;

  /** Odd multiples of the RFC 8032 §5.1 base point B and of its shifts. */
  private static final Ed25519Tables BASE;

  /** Bytes of a SHA-512 digest, RFC 8032's H (2b = 512 bits). */
  private static final int SHA512_LENGTH = 64;

  private static final ThreadLocal<MessageDigest> SHA512 =
      ThreadLocal.withInitial(() -> JdkDigests.newDigest("SHA-512", SHA512_LENGTH));

  static {
    byte[] encoded =
        Hex.decode("5866666666666666666666666666666666666666666666666666666666666666");
    BASE = Ed25519Tables.affine(Ed25519Point.decode(encoded, 0), BASE_PARTS, BASE_WIDTH);
  }

  private Ed25519Verifier() {}

  /**
   * True when [S]B = R + [k]A, k = SHA-512(R || A || M) mod L, with R compared as encoded bytes
   * (RFC 8032 §5.1.7 step 3 without the cofactor). The caller has already checked S < L.
   */
  static boolean holds(Ed25519Tables key, byte[] publicKey, byte[] message, byte[] signature) {
    byte[] k = new byte[32];
    Ed25519Scalar.reduce(sha512(signature, publicKey, message), k);
    // One wNAF of each whole scalar; its digit at bit p = bits i + q is added at position q from
    // the table of part i, as d 2^p = d 2^q 2^(bits i). Term i < parts adds [S_i]B_i, term
    // parts + i subtracts [k_i]A_i; the schedule lists the non-zero digits in the order added.
    int parts = key.parts();
    int[] schedule = Ed25519Schedule.of(signature, 256, BASE_WIDTH, k, key.width(), parts);
    Ed25519Point.Cached[][] tables = new Ed25519Point.Cached[2 * parts][];
    for (int i = 0; i < parts; i++) {
      tables[i] = BASE.multiples(i * (BASE_PARTS / parts));
      tables[parts + i] = key.multiples(i);
    }

    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point sum = Ed25519Point.neutral();
    int count = schedule.length;
    int position = count == 0 ? 0 : Ed25519Schedule.position(schedule[0]);
    for (int n = 0; n < count; n++) {
      int entry = schedule[n];
      int at = Ed25519Schedule.position(entry);
      while (position > at) {
        position--;
        // T is needed only when an addition follows.
        sum.doubleInPlace(scratch, position == at);
      }
      int term = Ed25519Schedule.term(entry);
      int digit = Ed25519Schedule.digit(entry);
      // The last addition at a position is followed by a doubling or the encoding: neither
      // reads T.
      boolean more = n + 1 < count && Ed25519Schedule.position(schedule[n + 1]) == at;
      Ed25519Point.Cached multiple = tables[term][Math.abs(digit) >>> 1];
      boolean subtract = (term >= parts) ^ (digit < 0);
      if (n == 0) {
        sum.set(multiple, subtract, more);
      } else {
        sum.add(multiple, subtract, scratch, more);
      }
    }
    while (position > 0) {
      position--;
      sum.doubleInPlace(scratch, false);
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
}
