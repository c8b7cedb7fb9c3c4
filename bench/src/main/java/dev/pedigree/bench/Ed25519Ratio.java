package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.SignatureVerificationException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The strict-to-Bouncy-Castle speed ratio measured in alternating short rounds, so that both
 * sides see the same machine load: on a shared machine JMH's one-benchmark-after-another runs
 * can differ by 2x from load alone. Rounds are timed by this thread's CPU time, not the wall
 * clock, so that time spent waiting for a core counts for neither side. Prints the median and
 * quartiles of the per-round ratio and the median CPU time per verification of each side, with
 * the key reused (as a log's signers' keys are), with a key parsed for every call (the strict
 * verifier's worst case: the first verification with a key builds its tables), and with a key
 * parsed every 8, 50 and 1,000 calls (the 8th verification with a key builds its large tables, the
 * 256th its larger ones; a key's calls run on across rounds).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.pedigree.bench.Ed25519Ratio [rounds]</pre>
 */
public final class Ed25519Ratio {
  private static final int PER_ROUND = 200;
  private static final int SIGNATURES = 64;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The key of {@link #strictNewKey} and its calls so far, kept from one round to the next. */
  private static Ed25519PublicKey renewed;

  private static long renewedCalls;

  private Ed25519Ratio() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    byte[] seed = new byte[Ed25519PrivateKey.SEED_LENGTH];
    seed[0] = 42;
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(seed);
    Ed25519PublicKey strictKey = key.publicKey();
    Ed25519.PublicPoint bcPoint =
        Ed25519.validatePublicKeyPartialExport(strictKey.raw().toByteArray(), 0);
    byte[] statement = CanonicalHashBench.Statements.releaseOfAboutOneKb();
    byte[][] messages = new byte[SIGNATURES][];
    byte[][] signatures = new byte[SIGNATURES][];
    for (int i = 0; i < SIGNATURES; i++) {
      statement[statement.length - 3] = (byte) ('a' + (i % 26));
      statement[statement.length - 4] = (byte) ('a' + (i / 26));
      messages[i] = Dsse.pae("application/vnd.in-toto+json", statement);
      signatures[i] = key.sign(messages[i]);
    }
    for (int warm = 0; warm < 20; warm++) {
      strict(strictKey, messages, signatures);
      bouncyCastle(bcPoint, messages, signatures);
      strictNewKey(strictKey.raw().toByteArray(), 1, messages, signatures);
      strictNewKey(strictKey.raw().toByteArray(), 8, messages, signatures);
    }
    renewedCalls = 0;
    for (int warm = 0; warm < 20; warm++) {
      strictNewKey(strictKey.raw().toByteArray(), 1000, messages, signatures); // 4 keys past 256
    }
    byte[] raw = strictKey.raw().toByteArray();
    compare(
        "key reused",
        rounds,
        () -> strict(strictKey, messages, signatures),
        () -> bouncyCastle(bcPoint, messages, signatures));
    for (int uses : new int[] {1, 8, 50, 1000}) {
      renewedCalls = 0;
      compare(
          uses == 1 ? "new key per call" : "new key every " + uses + " calls",
          rounds,
          () -> strictNewKey(raw, uses, messages, signatures),
          () -> bouncyCastleRawKey(raw, messages, signatures));
    }
  }

  /** A batch of verifications, timed in CPU nanoseconds of this thread. */
  private interface Batch {
    long nanos() throws Exception;
  }

  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static void compare(String label, int rounds, Batch strict, Batch bouncyCastle)
      throws Exception {
    double[] ratios = new double[rounds];
    double[] strictMicros = new double[rounds];
    double[] bcMicros = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long strictNanos;
      long bcNanos;
      if (r % 2 == 0) {
        strictNanos = strict.nanos();
        bcNanos = bouncyCastle.nanos();
      } else {
        bcNanos = bouncyCastle.nanos();
        strictNanos = strict.nanos();
      }
      ratios[r] = (double) bcNanos / strictNanos;
      strictMicros[r] = strictNanos / 1e3 / PER_ROUND;
      bcMicros[r] = bcNanos / 1e3 / PER_ROUND;
    }
    Arrays.sort(ratios);
    Arrays.sort(strictMicros);
    Arrays.sort(bcMicros);
    System.out.printf(
        "%s: strict/BC speed ratio over %d rounds of %d verifications: median %.3f"
            + " (quartiles %.3f, %.3f); median CPU per verification: strict %.1f us,"
            + " Bouncy Castle %.1f us; load average %.1f%n",
        label,
        rounds,
        PER_ROUND,
        ratios[rounds / 2],
        ratios[rounds / 4],
        ratios[3 * rounds / 4],
        strictMicros[rounds / 2],
        bcMicros[rounds / 2],
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** {@code PER_ROUND} verifications with a key parsed again every {@code uses} calls. */
  private static long strictNewKey(byte[] raw, int uses, byte[][] messages, byte[][] signatures)
      throws Exception {
    long start = cpuNanos();
    for (int i = 0; i < PER_ROUND; i++) {
      if (renewedCalls++ % uses == 0) {
        renewed = Ed25519PublicKey.fromRaw(raw);
      }
      renewed.verify(messages[i % SIGNATURES], signatures[i % SIGNATURES]);
    }
    return cpuNanos() - start;
  }

  private static long bouncyCastleRawKey(byte[] raw, byte[][] messages, byte[][] signatures) {
    long start = cpuNanos();
    for (int i = 0; i < PER_ROUND; i++) {
      byte[] m = messages[i % SIGNATURES];
      if (!Ed25519.verify(signatures[i % SIGNATURES], 0, raw, 0, m, 0, m.length)) {
        throw new IllegalStateException("Bouncy Castle refuses signature " + i);
      }
    }
    return cpuNanos() - start;
  }

  private static long strict(Ed25519PublicKey key, byte[][] messages, byte[][] signatures)
      throws SignatureVerificationException {
    long start = cpuNanos();
    for (int i = 0; i < PER_ROUND; i++) {
      key.verify(messages[i % SIGNATURES], signatures[i % SIGNATURES]);
    }
    return cpuNanos() - start;
  }

  private static long bouncyCastle(
      Ed25519.PublicPoint point, byte[][] messages, byte[][] signatures) {
    long start = cpuNanos();
    for (int i = 0; i < PER_ROUND; i++) {
      byte[] m = messages[i % SIGNATURES];
      if (!Ed25519.verify(signatures[i % SIGNATURES], 0, point, m, 0, m.length)) {
        throw new IllegalStateException("Bouncy Castle refuses signature " + i);
      }
    }
    return cpuNanos() - start;
  }
}
