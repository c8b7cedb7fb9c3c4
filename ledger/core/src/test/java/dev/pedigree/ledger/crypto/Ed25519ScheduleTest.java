package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schedule lists exactly what a scan of every term at every position finds in the two wNAFs,
 * in the same order, and its digits sum back to S and k.
 */
class Ed25519ScheduleTest {
  private static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8, 16, 32})
  void of_scalarsBelowL_matchesPlainScanAndSumsBack(int parts) {
    List<BigInteger> scalars = scalars();
    for (int kWidth = 4; kWidth <= 8; kWidth++) {
      for (int n = 0; n + 1 < scalars.size(); n += 2) {
        BigInteger s = scalars.get(n);
        BigInteger k = scalars.get(n + 1);
        byte[] signature = new byte[64];
        Arrays.fill(signature, 0, 32, (byte) 0xff); // R's bytes must not leak into S's digits
        System.arraycopy(littleEndian(s), 0, signature, 32, 32);
        int[] schedule = Ed25519Schedule.of(signature, 256, 8, littleEndian(k), kWidth, parts);
        String where = "parts " + parts + ", k width " + kWidth + ", pair " + n;
        assertEquals(
            plainScan(signature, littleEndian(k), kWidth, parts), describe(schedule), where);
        BigInteger[] sums = {BigInteger.ZERO, BigInteger.ZERO};
        int bits = 256 / parts;
        for (int entry : schedule) {
          int term = Ed25519Schedule.term(entry);
          int shift = Ed25519Schedule.position(entry) + bits * (term % parts);
          BigInteger add = BigInteger.valueOf(Ed25519Schedule.digit(entry)).shiftLeft(shift);
          sums[term / parts] = sums[term / parts].add(add);
        }
        assertEquals(s, sums[0], "S, " + where);
        assertEquals(k, sums[1], "k, " + where);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 256})
  void of_partsNotAPowerOfTwoUpTo128_refused(int parts) {
    byte[] signature = new byte[64];
    byte[] k = new byte[32];
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Ed25519Schedule.of(signature, 256, 8, k, 6, parts));
    assertEquals("parts " + parts + ", want a power of two up to 128", e.getMessage());
  }

  /** What the verifier scanned for before the schedule: every term at every position. */
  private static List<String> plainScan(byte[] signature, byte[] k, int kWidth, int parts) {
    byte[] digits = new byte[512];
    System.arraycopy(Ed25519Scalar.wnaf(signature, 256, 256, 8), 0, digits, 0, 256);
    System.arraycopy(Ed25519Scalar.wnaf(k, 0, 256, kWidth), 0, digits, 256, 256);
    int bits = 256 / parts;
    List<String> found = new ArrayList<>();
    for (int position = bits - 1; position >= 0; position--) {
      for (int term = 0; term < 2 * parts; term++) {
        int digit = digits[bits * term + position];
        if (digit != 0) {
          found.add(position + "/" + term + "/" + digit);
        }
      }
    }
    return found;
  }

  private static List<String> describe(int[] schedule) {
    List<String> entries = new ArrayList<>();
    for (int entry : schedule) {
      entries.add(
          Ed25519Schedule.position(entry)
              + "/"
              + Ed25519Schedule.term(entry)
              + "/"
              + Ed25519Schedule.digit(entry));
    }
    return entries;
  }

  /** Zero, edges, runs across part boundaries, and random scalars below L, in pairs (S, k). */
  private static List<BigInteger> scalars() {
    List<BigInteger> scalars = new ArrayList<>();
    scalars.add(BigInteger.ZERO);
    scalars.add(BigInteger.ZERO);
    scalars.add(L.subtract(BigInteger.ONE));
    scalars.add(L.subtract(BigInteger.ONE));
    scalars.add(BigInteger.ONE);
    scalars.add(BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE));
    for (int bits : new int[] {7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129}) {
      scalars.add(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
      scalars.add(BigInteger.ONE.shiftLeft(bits));
    }
    Random random = new Random(16);
    while (scalars.size() < 400) {
      BigInteger candidate = new BigInteger(253, random);
      if (candidate.compareTo(L) < 0) {
        scalars.add(candidate);
      }
    }
    return scalars;
  }
}
