package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reduction mod L, and the wNAF of a scalar within a signature. */
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

  private static byte[] littleEndian64(BigInteger n) {
    byte[] out = new byte[64];
    for (int i = 0; i < 64; i++) {
      out[i] = n.shiftRight(8 * i).byteValue();
    }
    return out;
  }
}
