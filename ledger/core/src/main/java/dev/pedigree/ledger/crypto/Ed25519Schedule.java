package dev.pedigree.ledger.crypto;

/**
 * The additions of one verification in the order {@link Ed25519Verifier} makes them: the non-zero
 * digits of the wNAFs of S and k, each as (position, term, digit), by position from the highest
 * and, at a position, by term. A digit at bit p = bits · i + q of S is term i at position q, one
 * of k term parts + i. Listing them once, by a counting sort on the position, spares the verifier a
 * scan of every term at every position for the few digits that are not zero (about 64 of 512).
 *
 * <p>Entry n packs {@code position << 16 | term << 8 | digit & 0xff}; read it with {@link
 * #position}, {@link #term} and {@link #digit}.
 */
final class Ed25519Schedule {
  private Ed25519Schedule() {}

  /**
   * The schedule of S, the 256 bits of {@code s} from bit {@code sFrom} on, in a width-{@code
   * sWidth} NAF, and of k, the 256 bits of {@code k}, in a width-{@code kWidth} NAF, both read in
   * {@code parts} parts (a power of two up to 128, so that a term fits its byte). Digits past bit
   * 255 are left out: both scalars are below L < 2^253, whose NAFs end before bit 254.
   */
  static int[] of(byte[] s, int sFrom, int sWidth, byte[] k, int kWidth, int parts) {
    if (parts < 1 || parts > 128 || Integer.bitCount(parts) != 1) {
      throw new IllegalArgumentException("parts " + parts + ", want a power of two up to 128");
    }
    int bits = 256 / parts;
    int shift = Integer.numberOfTrailingZeros(bits);
    int[] nonZero = new int[256 / sWidth + 256 / kWidth + 2];
    int sCount = Ed25519Scalar.wnafNonZero(s, sFrom, 256, sWidth, nonZero, 0);
    int count = sCount + Ed25519Scalar.wnafNonZero(k, 0, 256, kWidth, nonZero, sCount);
    // Counting sort on the position, stable, so that each position keeps S's terms before k's and
    // each scalar's in order of part: first the count at each position, then where it starts.
    int[] start = new int[bits];
    int kept = 0;
    for (int n = 0; n < count; n++) {
      int bit = nonZero[n] >>> 8;
      if (bit < 256) {
        start[bit & (bits - 1)]++;
        kept++;
      }
    }
    int next = 0;
    for (int position = bits - 1; position >= 0; position--) {
      int atPosition = start[position];
      start[position] = next;
      next += atPosition;
    }
    int[] schedule = new int[kept];
    for (int n = 0; n < count; n++) {
      int bit = nonZero[n] >>> 8;
      if (bit < 256) {
        int position = bit & (bits - 1);
        int term = (bit >>> shift) + (n < sCount ? 0 : parts);
        schedule[start[position]++] = position << 16 | term << 8 | (nonZero[n] & 0xff);
      }
    }
    return schedule;
  }

  static int position(int entry) {
    return entry >>> 16;
  }

  static int term(int entry) {
    return (entry >>> 8) & 0xff;
  }

  static int digit(int entry) {
    return (byte) entry;
  }
}
