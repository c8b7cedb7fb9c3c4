package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reduction mod L and the whole-scalar wNAF that the verifier reads in parts. */
class Ed25519ScalarTest {
  private static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
  private static final BigInteger TWO_512 = BigInteger.ONE.shiftLeft(512);

  @Test
  void reduce_randomSha512Outputs_equalsBigIntegerModL() {
    SplittableRandom random = new SplittableRandom(512);
    for (int n = 0; n < 20_000; n++) {
      byte[] in = new byte[64];
      random.nextBytes(in);
      assertReducesLikeBigInteger(in);
    }
  }

  @Test
  void reduce_edgeValues_equalsBigIntegerModL() {
    List<BigInteger> values = new ArrayList<>();
    BigInteger max = TWO_512.subtract(BigInteger.ONE);
    BigInteger largestMultiple = max.divide(L).multiply(L);
    for (BigInteger v :
        List.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            L.subtract(BigInteger.ONE),
            L,
            L.add(BigInteger.ONE),
            L.shiftLeft(1).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(252),
            BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(253),
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE),
            L.shiftLeft(259),
            largestMultiple,
            largestMultiple.subtract(BigInteger.ONE),
            max)) {
      values.add(v);
    }
    // Every single bit, and all ones but one bit: each limb at its extremes.
    for (int bit = 0; bit < 512; bit++) {
      values.add(BigInteger.ONE.shiftLeft(bit));
      values.add(max.clearBit(bit));
    }
    // Multiples of L and their neighbours, where a wrong final carry would show.
    Random random = new Random(252);
    for (int n = 0; n < 2_000; n++) {
      BigInteger multiple = L.multiply(new BigInteger(259, random));
      values.add(multiple);
      values.add(multiple.add(L.subtract(BigInteger.ONE)));
    }
    for (BigInteger v : values) {
      assertReducesLikeBigInteger(littleEndian64(v));
    }
  }

  private static void assertReducesLikeBigInteger(byte[] in) {
    byte[] out = new byte[32];
    Ed25519Scalar.reduce(in, out);
    BigInteger want = littleEndian(in).mod(L);
    assertArrayEquals(littleEndian(want), out, () -> "reduce " + Hex.encode(in));
  }

  /**
   * The digits of one wNAF of a whole scalar, read in n parts of 256/n bits as the verifier reads
   * them (digit p of part i at position p - 256 i / n), sum back to the scalar, and none is at bit
   * 254 or above for a scalar below L: the verifier drops the digits past bit 255.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
  void wnaf_wholeScalarReadInParts_sumsBackWithValidDigits(int width) {
    for (BigInteger scalar : scalars()) {
      byte[] bytes = littleEndian(scalar);
      byte[] digits = Ed25519Scalar.wnaf(bytes, 0, 256, width);
      assertEquals(257, digits.length);
      int lastNonZero = -width;
      for (int p = 0; p < digits.length; p++) {
        int d = digits[p];
        if (d != 0) {
          assertTrue((d & 1) == 1 && Math.abs(d) < 1 << (width - 1), "digit " + d);
          assertTrue(p - lastNonZero >= width, "digits at " + lastNonZero + " and " + p);
          assertTrue(p < 254, "digit at " + p + " of " + scalar);
          lastNonZero = p;
        }
      }
      for (int parts : new int[] {1, 2, 4, 8}) {
        int bits = 256 / parts;
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < parts; i++) {
          BigInteger part = BigInteger.ZERO;
          for (int q = 0; q < bits; q++) {
            part = part.add(BigInteger.valueOf(digits[bits * i + q]).shiftLeft(q));
          }
          sum = sum.add(part.shiftLeft(bits * i));
        }
        assertEquals(scalar, sum, "width " + width + ", " + parts + " parts");
      }
    }
  }

  @Test
  void wnaf_partOfSignature_readsItsOwnBitsOnly() {
    // S sits in bytes 32-63 of a signature; R's bytes before it must not leak into its digits.
    byte[] signature = new byte[64];
    Arrays.fill(signature, 0, 32, (byte) 0xff);
    BigInteger s = L.subtract(BigInteger.TWO);
    System.arraycopy(littleEndian(s), 0, signature, 32, 32);
    byte[] digits = Ed25519Scalar.wnaf(signature, 256, 256, 8);
    BigInteger sum = BigInteger.ZERO;
    for (int p = 0; p < digits.length; p++) {
      sum = sum.add(BigInteger.valueOf(digits[p]).shiftLeft(p));
    }
    assertEquals(s, sum);
  }

  /** Random scalars below L, edge values, and runs of zeros and ones longer than a window. */
  private static List<BigInteger> scalars() {
    List<BigInteger> scalars = new ArrayList<>();
    scalars.add(BigInteger.ZERO);
    scalars.add(BigInteger.ONE);
    scalars.add(BigInteger.TWO);
    scalars.add(L.subtract(BigInteger.ONE));
    scalars.add(L.subtract(BigInteger.TWO));
    scalars.add(BigInteger.ONE.shiftLeft(252));
    scalars.add(BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE)); // 252 ones
    scalars.add(BigInteger.ONE.shiftLeft(200)); // 200 zeros, then a one
    scalars.add(BigInteger.ONE.shiftLeft(252).subtract(BigInteger.ONE.shiftLeft(60)));
    for (int bits : new int[] {31, 32, 33, 63, 64, 65, 127, 128, 129}) {
      // All ones up to and across a part boundary: the carry crosses it.
      scalars.add(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }
    Random random = new Random(253);
    while (scalars.size() < 1_000) {
      BigInteger candidate = new BigInteger(253, random);
      if (candidate.compareTo(L) < 0) {
        scalars.add(candidate);
      }
    }
    return scalars;
  }

  private static byte[] littleEndian64(BigInteger n) {
    byte[] out = new byte[64];
    for (int i = 0; i < 64; i++) {
      out[i] = n.shiftRight(8 * i).byteValue();
    }
    return out;
  }
}
