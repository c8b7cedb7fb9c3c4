package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry of every way of building tables is [m · 2^(bits · i)]P, checked against plain
 * double-and-add: projective tables, affine ones (one batched inversion) and affine ones grown from
 * smaller tables (shifts read back from cached points), for an honest key and a mixed-order one.
 */
class Ed25519TablesTest {
  /** A point of order 8 (libsodium's list), to give a key a torsion component. */
  private static final String ORDER_8 =
      "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void projective_fourPartsWidthFour_holdsOddMultiplesOfShifts(boolean mixedOrder)
      throws Exception {
    Ed25519Point p = point(mixedOrder);
    assertEntries(p, Ed25519Tables.projective(p, 4, 4), 4, 4);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void affine_eightPartsWidthSix_holdsOddMultiplesOfShifts(boolean mixedOrder) throws Exception {
    Ed25519Point p = point(mixedOrder);
    assertEntries(p, Ed25519Tables.affine(p, 8, 6), 8, 6);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void affine_grownFromSmallTables_holdsOddMultiplesOfShifts(boolean mixedOrder) throws Exception {
    Ed25519Point p = point(mixedOrder);
    assertEntries(p, Ed25519Tables.projective(p, 4, 4).affine(8, 6), 8, 6);
    assertEntries(p, Ed25519Tables.projective(p, 2, 5).affine(8, 6), 8, 6);
    assertEntries(p, Ed25519Tables.affine(p, 2, 3).affine(4, 8), 4, 8);
  }

  /** B's shape: 16 parts, width 8, 1,024 entries. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void affine_sixteenPartsWidthEight_holdsOddMultiplesOfShifts(boolean mixedOrder)
      throws Exception {
    Ed25519Point p = point(mixedOrder);
    assertEntries(p, Ed25519Tables.affine(p, 16, 8), 16, 8);
  }

  /** A very busy key's path: small tables, then large ones grown from them, then larger ones. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void affine_grownToSixteenPartsWidthSeven_holdsOddMultiplesOfShifts(boolean mixedOrder)
      throws Exception {
    Ed25519Point p = point(mixedOrder);
    Ed25519Tables small = Ed25519Tables.projective(p, 4, 4);
    Ed25519Tables large = small.affine(8, 6);
    assertEntries(p, large.affine(16, 7), 16, 7);
    assertEntries(p, small.affine(16, 7), 16, 7);
  }

  private static void assertEntries(Ed25519Point p, Ed25519Tables tables, int parts, int width) {
    assertEquals(parts, tables.parts());
    assertEquals(width, tables.width());
    for (int i = 0; i < parts; i++) {
      Ed25519Point.Cached[] multiples = tables.multiples(i);
      assertEquals(1 << (width - 2), multiples.length);
      for (int j = 0; j < multiples.length; j++) {
        BigInteger m = BigInteger.valueOf(2L * j + 1).shiftLeft(256 / parts * i);
        int part = i;
        Supplier<String> where = () -> "[" + m + "]P, part " + part;
        assertEquals(encode(multiply(p, m)), encode(Ed25519Point.fromCached(multiples[j])), where);
      }
    }
  }

  private static Ed25519Point point(boolean mixedOrder) throws KeyFormatException {
    byte[] seed = new byte[32];
    seed[0] = 11;
    byte[] raw = Ed25519PrivateKey.fromSeed(seed).publicKey().raw().toByteArray();
    Ed25519Point p = Ed25519Point.decode(raw, 0);
    if (mixedOrder) {
      p.add(
          Ed25519Point.decode(Hex.decode(ORDER_8), 0).cached(), false, new Ed25519Point.Scratch());
    }
    return p;
  }

  /** [m]p by double-and-add from the top bit. */
  private static Ed25519Point multiply(Ed25519Point p, BigInteger m) {
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point.Cached cached = p.cached();
    Ed25519Point r = Ed25519Point.neutral();
    for (int bit = m.bitLength() - 1; bit >= 0; bit--) {
      r.doubleInPlace(scratch, true);
      if (m.testBit(bit)) {
        r.add(cached, false, scratch);
      }
    }
    return r;
  }

  private static String encode(Ed25519Point p) {
    byte[] out = new byte[32];
    p.encode(out, 0);
    return Hex.encode(out);
  }
}
