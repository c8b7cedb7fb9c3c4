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
 * </ul>
 *
 * <p>Thread-safe: tables are immutable and published through a volatile field. Threads racing on a
 * key's first or {@value #BUSY}th verification may each build the same tables; either copy is as
 * good, so the race costs only time, and small tables never replace large ones. The use count is a
 * plain field for the same reason: a lost increment delays the large tables by a verification.
 */
final class Ed25519KeyTables {
  /** The verification that builds the large tables. */
  static final int BUSY = 8;

  private static final int SMALL_PARTS = 4;
  private static final int SMALL_WIDTH = 4;
  private static final int LARGE_PARTS = 8;
  private static final int LARGE_WIDTH = 6;

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
    if (current != null && current.parts() == LARGE_PARTS) {
      return current;
    }
    int use = ++uses;
    if (current == null) {
      Ed25519Tables small = Ed25519Tables.projective(point(key), SMALL_PARTS, SMALL_WIDTH);
      // Small tables never replace large ones that a racing thread published meanwhile.
      Ed25519Tables published = (Ed25519Tables) TABLES.compareAndExchange(this, null, small);
      current = published == null ? small : published;
    }
    if (use == BUSY && current.parts() != LARGE_PARTS) {
      current = current.affine(LARGE_PARTS, LARGE_WIDTH);
      tables = current;
    }
    return current;
  }

  /** True once the large tables are built. */
  boolean large() {
    Ed25519Tables current = tables;
    return current != null && current.parts() == LARGE_PARTS;
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
