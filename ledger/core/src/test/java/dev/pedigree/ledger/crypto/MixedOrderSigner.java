package dev.pedigree.ledger.crypto;

import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.clampedScalar;
import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.sha512;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Signs for a key with a torsion component, A' = A + T (T of order 8, {@link
 * CryptoFixtures#mixedOrderKey}), with the secret of A: S = r + k·a, k = SHA-512(R || A' || M) mod
 * L. The cofactorless equation [S]B = R + [k]A' then holds exactly when [k]T = 0, that is when k
 * ≡ 0 mod 8 ({@link #holds}): about one message in eight.
 */
final class MixedOrderSigner {
  private static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private final byte[] seed;
  private final byte[] nonceSeed;
  private final byte[] mixed;
  private final byte[] r;

  /** The signer of A' = (A of the seed {@code seedByte, 0, ...}) + T, T encoded as given. */
  MixedOrderSigner(int seedByte, int nonceByte, String torsionHex) throws KeyFormatException {
    seed = new byte[32];
    seed[0] = (byte) seedByte;
    nonceSeed = new byte[32];
    nonceSeed[0] = (byte) nonceByte;
    mixed = CryptoFixtures.mixedOrderKey(seed, torsionHex);
    r = Ed25519PrivateKey.fromSeed(nonceSeed).publicKey().raw().toByteArray();
  }

  /** A' as the verifier sees it; a new object each time, so with no tables yet. */
  Ed25519PublicKey publicKey() throws KeyFormatException {
    return Ed25519PublicKey.fromRaw(mixed);
  }

  /** R || S, with the same R for every message. */
  byte[] sign(byte[] message) {
    BigInteger s = clampedScalar(nonceSeed).add(k(message).multiply(clampedScalar(seed))).mod(L);
    byte[] signature = Arrays.copyOf(r, 64);
    System.arraycopy(littleEndian(s), 0, signature, 32, 32);
    return signature;
  }

  /** Whether the cofactorless equation holds for this message's signature: k ≡ 0 mod 8. */
  boolean holds(byte[] message) {
    return k(message).mod(BigInteger.valueOf(8)).signum() == 0;
  }

  private BigInteger k(byte[] message) {
    return littleEndian(sha512(r, mixed, message)).mod(L);
  }
}
