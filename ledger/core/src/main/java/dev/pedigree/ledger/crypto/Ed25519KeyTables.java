package dev.pedigree.ledger.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The precomputed multiples of one public key A, grown with its use: an audit or a server meets
 * thousands of keys that sign a few entries each, and a few that sign millions.
 *
 * <ul>
 *   <li>The first verification builds small tables, for scalars read in 4 parts of 64 bits: A_i =
 *       [2^(64 i)]A for i < 4 (192 doublings) and 3A_i, 5A_i, 7A_i (width-4 NAF), in projective
 *       form: 16 points, about 4 KB on the heap. A key's first verification costs about what it did
 *       with the 2 parts of width 5 used before (BENCHMARKS.md), and every later one doubles 63
 *       times instead of 127.
 *   <li>The {@value #BUSY}th verification replaces them with large ones, for 8 parts of 32 bits:
 *       A_i = [2^(32 i)]A for i < 8 (the even ones read back from the small tables, 128 doublings
 *       for the odd ones) and their odd multiples up to 31A_i (width-6 NAF), normalised to affine
 *       form with one inversion for all 128 points. A verification then doubles 31 times and adds
 *       about 36 times for k instead of 51, each addition a multiplication cheaper. Building them
 *       costs about two and a half verifications with the small tables, repaid after about nine
 *       more; they take about 26 KB on the heap (128 cached points of three field elements of five
 *       longs, with object and array headers; under 32 KB without compressed references).
 *   <li>The {@value #VERY_BUSY}th verification replaces those with larger ones, for 16 parts of 16
 *       bits: A_i = [2^(16 i)]A for i < 16 (the even ones read back from the large tables, 128
 *       doublings for the odd ones) and their odd multiples up to 63A_i (width-7 NAF), 512 affine
 *       points. A verification then doubles 15 times and adds about 32 times for k, about 4 µs
 *       (an eighth) less. Building them costs about twenty verifications, repaid after about 140
 *       more (BENCHMARKS.md), which is why they wait for the {@value #VERY_BUSY}th: a key used
 *       exactly that often pays at most a tenth more for its verifications than with the large
 *       tables, one used thousands of times (a server's namespace key) an eighth less. They take
 *       about 105 KB on the heap (under 120 KB without compressed references).
 * </ul>
 *
 * <p>Thread-safe: tables are immutable and published through a volatile field, each only in place
 * of the tables it was grown from, so a key's tables never shrink. Threads racing on a key's
 * first, {@value #BUSY}th or {@value #VERY_BUSY}th verification may each build the same tables;
 * the first published are kept, so the race costs only time. The use count is a plain field for
 * the same reason: a lost increment delays the next tables by a verification.
 */
final class Ed25519KeyTables {
  /** The verification that builds the large tables. */
  static final int BUSY = 8;

  /** The verification that builds the larger tables. */
  static final int VERY_BUSY = 256;

  private static final int SMALL_PARTS = 4;
  private static final int SMALL_WIDTH = 4;
  private static final int LARGE_PARTS = 8;
  private static final int LARGE_WIDTH = 6;
  private static final int LARGER_PARTS = 16;
  private static final int LARGER_WIDTH = 7;

  private static final VarHandle TABLES;

  static {
    try {
      TABLES =
          MethodHandles.lookup()
              .findVarHandle(Ed25519KeyTables.class, "tables", Ed25519Tables.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile Ed25519Tables tables;
  private int uses;

  /**
   * The tables to verify the next signature of {@code key} with, built or grown as needed.
   *
   * @throws IllegalStateException when the key does not decode, which {@link
   *     Ed25519PublicKey#fromRaw} rules out
   */
  Ed25519Tables next(byte[] key) {
    Ed25519Tables current = tables;
    if (current != null && current.parts() == LARGER_PARTS) {
      return current;
    }
    int use = ++uses;
    if (current == null) {
      Ed25519Tables small = Ed25519Tables.projective(point(key), SMALL_PARTS, SMALL_WIDTH);
      // Small tables never replace tables that a racing thread published meanwhile.
      Ed25519Tables published = (Ed25519Tables) TABLES.compareAndExchange(this, null, small);
      current = published == null ? small : published;
    }
    if (use == BUSY) {
      current = grow(current, LARGE_PARTS, LARGE_WIDTH);
    } else if (use == VERY_BUSY) {
      // Read again: the large tables may have been published since this call began.
      current = grow(tables, LARGER_PARTS, LARGER_WIDTH);
    }
    return current;
  }

  /**
   * Tables of at least {@code parts} parts, grown from {@code from} and published unless a racing
   * thread replaced {@code from} meanwhile: then its tables, grown from {@code from} and so larger,
   * are grown in turn if still too small. Published tables thus only ever replace the tables they
   * were grown from, and never shrink.
   */
  private Ed25519Tables grow(Ed25519Tables from, int parts, int width) {
    Ed25519Tables current = from;
    while (current.parts() < parts) {
      Ed25519Tables grown = current.affine(parts, width);
      Ed25519Tables witness = (Ed25519Tables) TABLES.compareAndExchange(this, current, grown);
      if (witness == current) {
        return grown;
      }
      current = witness;
    }
    return current;
  }

  /** True once the large tables, or the larger ones, are built. */
  boolean large() {
    Ed25519Tables current = tables;
    return current != null && current.parts() >= LARGE_PARTS;
  }

  /** True once the larger tables are built. */
  boolean larger() {
    Ed25519Tables current = tables;
    return current != null && current.parts() == LARGER_PARTS;
  }

  private static Ed25519Point point(byte[] key) {
    Ed25519Point a = Ed25519Point.decode(key, 0);
    if (a == null) {
      // fromRaw has checked that the key decodes; Bouncy Castle and this decoder agree on it.
      throw new IllegalStateException("Ed25519 public key does not decode");
    }
    return a;
  }
}
