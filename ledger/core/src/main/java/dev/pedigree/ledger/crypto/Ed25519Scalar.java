package dev.pedigree.ledger.crypto;

/**
 * Scalars of Ed25519 for {@link Ed25519Verifier}: the reduction of a SHA-512 output mod L (RFC 8032
 * §5.1.7 step 2) and the signed digits that the verifier's tables are indexed by. Variable time:
 * scalars in verification are public.
 */
final class Ed25519Scalar {
  /** Bits per limb of the reduction: 2^252 = 2^(12 · 21), so limb 12 starts at L's top bit. */
  private static final int LIMB_BITS = 21;

  private static final long LIMB_MASK = (1L << LIMB_BITS) - 1;

  /**
   * 2^252 mod L = -27742317777372353535851937790883648493 in signed 21-bit limbs (the constants of
   * ref10's {@code sc_reduce}): a limb of weight 2^(21 · i) with i ≥ 12 folds into limbs i - 12 to
   * i - 7.
   */
  private static final long[] FOLD = {666643, 470296, 654183, -997805, 136657, -683901};

  /** Bits per {@link #window}: a run of equal bits longer than that takes another turn. */
  private static final int WINDOW = 56;

  private Ed25519Scalar() {}

  /**
   * The 64-byte little-endian number at {@code in} reduced mod L, as 32 little-endian bytes in
   * {@code out}. The schedule of folds and carries is ref10's {@code sc_reduce}: limbs 23 to 18 are
   * folded before anything is added to them (at most 29 bits, times constants below 2^20), so every
   * intermediate stays below 2^51 in magnitude.
   */
  static void reduce(byte[] in, byte[] out) {
    long[] s = new long[24];
    for (int i = 0; i < 23; i++) {
      s[i] = bits(in, LIMB_BITS * i) & LIMB_MASK;
    }
    s[23] = bits(in, LIMB_BITS * 23) & ((1L << 29) - 1);
    for (int i = 23; i >= 18; i--) {
      fold(s, i);
    }
    carryRounded(s, 6, 16);
    for (int i = 17; i >= 12; i--) {
      fold(s, i);
    }
    carryRounded(s, 0, 11);
    fold(s, 12);
    carryFloor(s, 0, 11);
    fold(s, 12);
    carryFloor(s, 0, 10);
    // Limbs 0 to 10 are now in [0, 2^21) and limb 11 in [0, 2^22): the value is below L.
    long buffer = 0;
    int held = 0;
    int next = 0;
    for (int i = 0; i < 12; i++) {
      buffer |= s[i] << held;
      held += LIMB_BITS;
      while (held >= 8 && next < 32) {
        out[next++] = (byte) buffer;
        buffer >>>= 8;
        held -= 8;
      }
    }
    while (next < 32) {
      out[next++] = (byte) buffer;
      buffer >>>= 8;
    }
  }

  /** The (up to) 32 bits of {@code in} from bit {@code position} on, little-endian. */
  private static long bits(byte[] in, int position) {
    int first = position >>> 3;
    long word = 0;
    for (int i = 0; i < 5 && first + i < in.length; i++) {
      word |= (long) (in[first + i] & 0xff) << (8 * i);
    }
    return word >>> (position & 7);
  }

  /**
   * Replaces limb i (weight 2^(21 i) = 2^(21 (i - 12)) · 2^252) by its multiples of 2^252 mod L.
   */
  private static void fold(long[] s, int i) {
    for (int j = 0; j < FOLD.length; j++) {
      s[i - 12 + j] += s[i] * FOLD[j];
    }
    s[i] = 0;
  }

  /** Carries limbs lo to hi into the next, leaving each in [-2^20, 2^20). */
  private static void carryRounded(long[] s, int lo, int hi) {
    for (int i = lo; i <= hi; i++) {
      long carry = (s[i] + (1L << (LIMB_BITS - 1))) >> LIMB_BITS;
      s[i + 1] += carry;
      s[i] -= carry << LIMB_BITS;
    }
  }

  /** Carries limbs lo to hi into the next, leaving each in [0, 2^21). */
  private static void carryFloor(long[] s, int lo, int hi) {
    for (int i = lo; i <= hi; i++) {
      long carry = s[i] >> LIMB_BITS;
      s[i + 1] += carry;
      s[i] -= carry << LIMB_BITS;
    }
  }

  /**
   * The width-w non-adjacent form of the {@code bits}-bit part of a little-endian scalar that
   * starts at bit {@code from}: {@code bits + 1} digits, each zero or odd with |digit| < 2^(w-1),
   * no two non-zero within w places, summing to the part (a final carry lands in the extra digit).
   */
  static byte[] wnaf(byte[] scalar, int from, int bits, int width) {
    int[] nonZero = new int[bits / width + 1];
    int count = wnafNonZero(scalar, from, bits, width, nonZero, 0);
    byte[] digits = new byte[bits + 1];
    for (int n = 0; n < count; n++) {
      digits[nonZero[n] >>> 8] = (byte) nonZero[n];
    }
    return digits;
  }

  /**
   * The non-zero digits of {@link #wnaf}, in order of position from the lowest, written to {@code
   * out} from {@code offset} on as {@code position << 8 | digit & 0xff}; returns their count, at
   * most {@code bits / width + 1} (they are w places apart over positions 0 to {@code bits}).
   */
  static int wnafNonZero(byte[] scalar, int from, int bits, int width, int[] out, int offset) {
    if (width < 2 || width > 8) {
      throw new IllegalArgumentException("NAF width " + width + ", want 2 to 8");
    }
    long[] limbs = limbs(scalar, from, bits);
    int count = 0;
    int carry = 0;
    int position = 0;
    while (position <= bits) {
      long next = window(limbs, position);
      // Skip the bits where the running value (part + carry) is 0: zeros without a carry, ones
      // with one. The window holds 56 bits, so a longer run takes another turn.
      int run = Math.min(Long.numberOfTrailingZeros(carry == 0 ? next : ~next), WINDOW);
      if (run > 0) {
        position += run;
        continue;
      }
      int digit = carry + (int) (next & ((1 << width) - 1));
      if (digit >= 1 << (width - 1)) {
        digit -= 1 << width;
        carry = 1;
      } else {
        carry = 0;
      }
      out[offset + count++] = position << 8 | (digit & 0xff);
      position += width;
    }
    return count;
  }

  /**
   * The {@code bits}-bit part of {@code scalar} from bit {@code from} on, in little-endian 64-bit
   * limbs, followed by a zero limb: what {@link #window} reads the part from without going back to
   * the bytes.
   */
  private static long[] limbs(byte[] scalar, int from, int bits) {
    long[] limbs = new long[(bits + 63) / 64 + 1];
    int first = from >>> 3;
    int shift = from & 7;
    for (int i = 0; 8 * i < bits && first + i < scalar.length; i++) {
      int at = first + i;
      int value = (scalar[at] & 0xff) >>> shift;
      if (shift != 0 && at + 1 < scalar.length) {
        value |= (scalar[at + 1] & 0xff) << (8 - shift);
      }
      limbs[i >>> 3] |= (long) (value & 0xff) << (8 * (i & 7));
    }
    if (bits % 64 != 0) {
      limbs[bits / 64] &= (1L << (bits % 64)) - 1;
    }
    return limbs;
  }

  /** The 56 bits of the part from {@code position} (at most its length) on, zero past its end. */
  private static long window(long[] limbs, int position) {
    int limb = position >>> 6;
    int offset = position & 63;
    long word = limbs[limb] >>> offset;
    if (offset != 0) {
      // Within the part, or at its end, where the limb past it is the zero one.
      word |= limbs[limb + 1] << (64 - offset);
    }
    return word & ((1L << WINDOW) - 1);
  }
}
