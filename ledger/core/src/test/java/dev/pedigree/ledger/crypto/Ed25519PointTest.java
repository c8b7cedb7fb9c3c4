package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starting a sum from a cached point ({@link Ed25519Point#set}) is adding it to the neutral
 * element, with either sign and from either cached form, and its T serves a further addition.
 */
class Ed25519PointTest {
  @ParameterizedTest
  @CsvSource({"false, false", "false, true", "true, false", "true, true"})
  void set_cachedPointEitherSign_equalsAddingItToNeutral(boolean affine, boolean subtract)
      throws Exception {
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point q = point(11);
    Ed25519Point.Cached cached =
        affine ? Ed25519Point.cachedAffine(new Ed25519Point[] {projective(q)})[0] : q.cached();
    Ed25519Point.Cached next = point(12).cached();

    Ed25519Point added = Ed25519Point.neutral();
    added.add(cached, subtract, scratch);
    Ed25519Point set = Ed25519Point.neutral();
    set.set(cached, subtract, false);
    assertEquals(encode(added), encode(set));

    added.add(next, false, scratch);
    set.set(cached, subtract, true);
    set.add(next, false, scratch);
    assertEquals(encode(added), encode(set));
  }

  private static Ed25519Point point(int seedByte) throws KeyFormatException {
    byte[] seed = new byte[32];
    seed[0] = (byte) seedByte;
    byte[] raw = Ed25519PrivateKey.fromSeed(seed).publicKey().raw().toByteArray();
    return Ed25519Point.decode(raw, 0);
  }

  /** The same point with Z ≠ 1, so that an affine cached form has something to normalise. */
  private static Ed25519Point projective(Ed25519Point p) {
    Ed25519Point twice = p.copy();
    twice.doubleInPlace(new Ed25519Point.Scratch(), true);
    Ed25519Point sum = twice.copy();
    sum.add(p.cached(), true, new Ed25519Point.Scratch()); // 2p - p
    return sum;
  }

  private static String encode(Ed25519Point p) {
    byte[] out = new byte[32];
    p.encode(out, 0);
    return Hex.encode(out);
  }
}
