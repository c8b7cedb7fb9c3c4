package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The width-w NAF of 128-bit halves of scalars, which the verifier's tables are indexed by. */
class Ed25519VerifierWnafTest {
  @ParameterizedTest
  @ValueSource(ints = {5, 8})
  void wnaf_randomAndExtremeHalves_sumsBackWithValidDigits(int width) {
    SplittableRandom random = new SplittableRandom(width);
    for (int n = 0; n < 2000; n++) {
      byte[] scalar = new byte[32];
      switch (n) {
        case 0 -> {} // zero
        case 1 -> Arrays.fill(scalar, (byte) 0xff); // all ones: a final carry
        default -> random.nextBytes(scalar);
      }
      for (int offset : new int[] {0, 16}) {
        byte[] digits = Ed25519Scalar.wnaf(scalar, 8 * offset, 128, width);
        BigInteger sum = BigInteger.ZERO;
        int lastNonZero = -width;
        for (int i = 0; i < digits.length; i++) {
          int d = digits[i];
          if (d != 0) {
            assertTrue((d & 1) == 1 && Math.abs(d) < 1 << (width - 1), "digit " + d);
            assertTrue(i - lastNonZero >= width, "digits at " + lastNonZero + " and " + i);
            lastNonZero = i;
            sum = sum.add(BigInteger.valueOf(d).shiftLeft(i));
          }
        }
        assertEquals(half(scalar, offset), sum, "scalar " + n + " offset " + offset);
      }
    }
  }

  private static BigInteger half(byte[] scalar, int offset) {
    byte[] big = new byte[16];
    for (int i = 0; i < 16; i++) {
      big[i] = scalar[offset + 15 - i];
    }
    return new BigInteger(1, big);
  }
}
