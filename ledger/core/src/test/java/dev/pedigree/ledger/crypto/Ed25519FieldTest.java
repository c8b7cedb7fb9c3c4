package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link Ed25519Field} and {@link Ed25519FieldCodec} against {@link BigInteger}
 * mod p (and a long chain against Bouncy Castle's {@code X25519Field}), on random elements and on
 * limbs at the bounds each operation documents, with the bounds of the results checked too.
 */
class Ed25519FieldTest {
  private static final BigInteger P =
      BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
  private static final long TWO_51 = 1L << 51;

  /** Limbs below this are carried. */
  private static final long CARRIED = TWO_51 + (1L << 12);

  /** Limbs below this are what mul and sqr accept. */
  private static final long MUL_INPUT = 3L << 52;

  private static BigInteger value(long[] a) {
    BigInteger v = BigInteger.ZERO;
    for (int i = Ed25519Field.LIMBS - 1; i >= 0; i--) {
      v = v.shiftLeft(51).add(BigInteger.valueOf(a[i]));
    }
    return v;
  }

  private static long[] limbs(BigInteger v) {
    long[] a = new long[Ed25519Field.LIMBS];
    for (int i = 0; i < Ed25519Field.LIMBS - 1; i++) {
      a[i] = v.shiftRight(51 * i).longValue() & (TWO_51 - 1);
    }
    a[4] = v.shiftRight(204).longValueExact();
    return a;
  }

  private static long[] random(SplittableRandom random, long bound) {
    long[] a = new long[Ed25519Field.LIMBS];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextLong(bound);
    }
    return a;
  }

  private static long[] filled(long limb) {
    long[] a = new long[Ed25519Field.LIMBS];
    Arrays.fill(a, limb);
    return a;
  }

  private static void assertCarried(long[] a, String where) {
    for (long limb : a) {
      assertTrue(limb >= 0 && limb < CARRIED, where + ": limb " + limb + " not carried");
    }
  }

  /** Elements whose limbs are below {@code bound}: edges, every limb at its largest, random. */
  private static List<long[]> samples(long bound, int randomCount, long seed) {
    List<long[]> out = new ArrayList<>();
    for (BigInteger v :
        List.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            P.subtract(BigInteger.ONE),
            P,
            P.add(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE))) {
      out.add(limbs(v));
    }
    out.add(filled(bound - 1));
    out.add(filled(TWO_51 - 1));
    long[] mixed = filled(bound - 1);
    mixed[0] = 0;
    mixed[2] = 0;
    out.add(mixed);
    long[] top = new long[Ed25519Field.LIMBS];
    top[4] = bound - 1;
    out.add(top);
    long[] bottom = new long[Ed25519Field.LIMBS];
    bottom[0] = bound - 1;
    out.add(bottom);
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < randomCount; n++) {
      out.add(random(random, bound));
      // Small limbs too: carries that stop early.
      out.add(random(random, 1L << random.nextInt(1, 52)));
    }
    return out;
  }

  @Test
  void mul_limbsUpToTheirBound_equalsBigIntegerAndIsCarried() {
    List<long[]> as = samples(MUL_INPUT, 300, 1);
    List<long[]> bs = samples(MUL_INPUT, 300, 2);
    for (long[] a : as) {
      for (long[] b : bs) {
        long[] r = Ed25519Field.create();
        Ed25519Field.mul(a, b, r);
        String where = Arrays.toString(a) + " * " + Arrays.toString(b);
        assertEquals(value(a).multiply(value(b)).mod(P), value(r).mod(P), where);
        assertCarried(r, where);
      }
    }
  }

  @Test
  void mul_resultInPlaceOfEitherFactor_equalsFreshResult() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 1000; n++) {
      long[] a = random(random, MUL_INPUT);
      long[] b = random(random, MUL_INPUT);
      long[] expected = Ed25519Field.create();
      Ed25519Field.mul(a, b, expected);
      long[] inA = a.clone();
      Ed25519Field.mul(inA, b, inA);
      long[] inB = b.clone();
      Ed25519Field.mul(a, inB, inB);
      long[] square = a.clone();
      Ed25519Field.sqr(square, square);
      long[] product = Ed25519Field.create();
      Ed25519Field.mul(a, a, product);
      assertArrayEquals(expected, inA);
      assertArrayEquals(expected, inB);
      assertEquals(value(product).mod(P), value(square).mod(P));
    }
  }

  @Test
  void sqr_limbsUpToTheirBound_equalsBigIntegerAndIsCarried() {
    for (long[] a : samples(MUL_INPUT, 20_000, 4)) {
      long[] r = Ed25519Field.create();
      Ed25519Field.sqr(a, r);
      String where = Arrays.toString(a);
      assertEquals(value(a).pow(2).mod(P), value(r).mod(P), where);
      assertCarried(r, where);
    }
  }

  @Test
  void addAndSub_carriedOperands_equalBigIntegerWithinBounds() {
    List<long[]> as = samples(CARRIED, 100, 5);
    List<long[]> bs = samples(CARRIED, 100, 6);
    for (long[] a : as) {
      for (long[] b : bs) {
        long[] sum = Ed25519Field.create();
        long[] difference = Ed25519Field.create();
        long[] sum2 = Ed25519Field.create();
        long[] difference2 = Ed25519Field.create();
        Ed25519Field.add(a, b, sum);
        Ed25519Field.sub(a, b, difference);
        Ed25519Field.addSub(a, b, sum2, difference2);
        String where = Arrays.toString(a) + ", " + Arrays.toString(b);
        assertEquals(value(a).add(value(b)).mod(P), value(sum).mod(P), where);
        assertEquals(value(a).subtract(value(b)).mod(P), value(difference).mod(P), where);
        assertArrayEquals(sum, sum2, where);
        assertArrayEquals(difference, difference2, where);
        for (int i = 0; i < Ed25519Field.LIMBS; i++) {
          assertTrue(sum[i] >= 0 && sum[i] < 2 * CARRIED, where);
          assertTrue(difference[i] >= 0 && difference[i] < CARRIED + (1L << 52), where);
        }
      }
    }
  }

  @Test
  void addSub_resultsInPlaceOfOperands_equalFreshResults() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 1000; n++) {
      long[] a = random(random, CARRIED);
      long[] b = random(random, CARRIED);
      long[] sum = Ed25519Field.create();
      long[] difference = Ed25519Field.create();
      Ed25519Field.addSub(a, b, sum, difference);
      long[] x = a.clone();
      long[] y = b.clone();
      Ed25519Field.addSub(x, y, y, x); // as the point formulas call it
      assertArrayEquals(sum, y);
      assertArrayEquals(difference, x);
    }
  }

  @Test
  void carry_limbsBelow2To62_keepsValueAndCarries() {
    for (long[] a : samples(1L << 62, 20_000, 8)) {
      long[] r = a.clone();
      Ed25519Field.carry(r);
      String where = Arrays.toString(a);
      assertEquals(value(a).mod(P), value(r).mod(P), where);
      assertCarried(r, where);
    }
  }

  @Test
  void encode_carriedElements_isLeastResidueLittleEndian() {
    List<long[]> values = samples(CARRIED, 20_000, 9);
    for (BigInteger v :
        List.of(
            P.subtract(BigInteger.ONE),
            P,
            P.add(BigInteger.valueOf(18)),
            P.add(BigInteger.valueOf(19)),
            BigInteger.ONE.shiftLeft(255),
            P.shiftLeft(1).subtract(BigInteger.ONE))) {
      values.add(limbs(v)); // the top limb takes what is above 2^204
    }
    for (long[] a : values) {
      BigInteger expected = value(a).mod(P);
      long[] before = a.clone();
      byte[] out = new byte[34];
      Ed25519FieldCodec.encode(a, out, 1);
      String where = Arrays.toString(a);
      assertArrayEquals(littleEndian(expected), Arrays.copyOfRange(out, 1, 33), where);
      assertEquals(0, out[0], where);
      assertEquals(0, out[33], where);
      assertArrayEquals(before, a, where);
      assertEquals(expected.testBit(0), Ed25519FieldCodec.isNegative(a), where);
      long[] normalized = a.clone();
      Ed25519FieldCodec.normalize(normalized);
      assertEquals(expected, value(normalized), where);
    }
  }

  @Test
  void decode_randomBytes_isValueBelow2To255AndCarried() {
    SplittableRandom random = new SplittableRandom(10);
    List<byte[]> inputs = new ArrayList<>();
    byte[] ones = new byte[32];
    Arrays.fill(ones, (byte) 0xff);
    inputs.add(ones);
    inputs.add(new byte[32]);
    for (int n = 0; n < 20_000; n++) {
      byte[] in = new byte[32];
      random.nextBytes(in);
      inputs.add(in);
    }
    for (byte[] in : inputs) {
      byte[] padded = new byte[35];
      System.arraycopy(in, 0, padded, 3, 32);
      long[] r = Ed25519Field.create();
      Ed25519FieldCodec.decode(padded, 3, r);
      String where = Hex.encode(in);
      assertEquals(littleEndian(in).clearBit(255), value(r), where);
      assertCarried(r, where);
    }
  }

  @Test
  void invVar_randomNonZero_isModInverse() {
    for (long[] a : samples(CARRIED, 500, 11)) {
      if (value(a).mod(P).signum() == 0) {
        continue;
      }
      long[] r = Ed25519Field.create();
      Ed25519Field.invVar(a, r);
      String where = Arrays.toString(a);
      assertEquals(value(a).modInverse(P), value(r).mod(P), where);
      assertCarried(r, where);
    }
  }

  @Test
  void bouncyCastleConversions_roundTrip() {
    for (long[] a : samples(CARRIED, 500, 12)) {
      int[] bc = Ed25519FieldCodec.toBouncyCastle(a);
      byte[] bytes = new byte[32];
      X25519Field.encode(bc, bytes, 0);
      assertEquals(value(a).mod(P), littleEndian(bytes));
      long[] back = Ed25519Field.create();
      Ed25519FieldCodec.fromBouncyCastle(bc, back);
      assertEquals(value(a).mod(P), value(back));
    }
  }

  /**
   * The point formulas' shape, never normalised: each round squares and multiplies uncarried sums
   * and differences of the previous round's results, as a doubling and an addition do, for 100,000
   * rounds; Bouncy Castle's field and BigInteger follow the same chain.
   */
  @Test
  void longChainWithoutNormalising_matchesBouncyCastleAndBigInteger() {
    SplittableRandom random = new SplittableRandom(13);
    long[] x = random(random, TWO_51);
    long[] y = random(random, TWO_51);
    int[] bx = Ed25519FieldCodec.toBouncyCastle(x);
    int[] by = Ed25519FieldCodec.toBouncyCastle(y);
    BigInteger vx = value(x);
    BigInteger vy = value(y);
    long[] s = Ed25519Field.create();
    long[] d = Ed25519Field.create();
    long[] e = Ed25519Field.create();
    int[] bs = X25519Field.create();
    int[] bd = X25519Field.create();
    int[] be = X25519Field.create();
    for (int n = 0; n < 100_000; n++) {
      // x' = (x + y)(x - y), y' = ((x + y)² + y² - x)(x - y), the sums and differences uncarried
      Ed25519Field.addSub(x, y, s, d); // below 2^52 + 2^13 and 2^52 + 2^51 + 2^12
      Ed25519Field.sqr(s, e);
      Ed25519Field.sqr(y, y);
      Ed25519Field.add(e, y, e); // below 2^52 + 2^13
      Ed25519Field.sub(e, x, e); // below 2^53 + 2^13
      Ed25519Field.mul(s, d, x);
      Ed25519Field.mul(e, d, y);

      X25519Field.apm(bx, by, bs, bd);
      X25519Field.sqr(bs, be);
      X25519Field.sqr(by, by);
      X25519Field.add(be, by, be);
      X25519Field.carry(be);
      X25519Field.sub(be, bx, be);
      X25519Field.carry(be);
      X25519Field.mul(bs, bd, bx);
      X25519Field.mul(be, bd, by);

      BigInteger ws = vx.add(vy);
      BigInteger wd = vx.subtract(vy);
      BigInteger we = ws.pow(2).add(vy.pow(2)).subtract(vx);
      vx = ws.multiply(wd).mod(P);
      vy = we.multiply(wd).mod(P);
      assertEquals(vx, value(x).mod(P), "x at round " + n);
      assertEquals(vy, value(y).mod(P), "y at round " + n);
      assertCarried(x, "x at round " + n);
      assertCarried(y, "y at round " + n);
    }
    byte[] ours = new byte[32];
    byte[] theirs = new byte[32];
    Ed25519FieldCodec.encode(x, ours, 0);
    X25519Field.normalize(bx);
    X25519Field.encode(bx, theirs, 0);
    assertArrayEquals(theirs, ours);
    Ed25519FieldCodec.encode(y, ours, 0);
    X25519Field.normalize(by);
    X25519Field.encode(by, theirs, 0);
    assertArrayEquals(theirs, ours);
  }
}
