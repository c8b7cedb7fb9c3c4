package dev.pedigree.ledger.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 private key, held as its 32-byte seed together with its public key. */
public final class Ed25519PrivateKey {
  public static final int SEED_LENGTH = 32;

  private final byte[] seed;
  /** The public key's encoding, derived from the seed here and handed to every signing. */
  private final byte[] pub;
  private final Ed25519PublicKey publicKey;

  private Ed25519PrivateKey(byte[] seed) {
    this.seed = seed.clone();
    this.pub = new byte[Ed25519PublicKey.LENGTH];
    Ed25519.generatePublicKey(this.seed, 0, pub, 0);
    try {
      this.publicKey = Ed25519PublicKey.fromRaw(pub);
    } catch (KeyFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key of a 32-byte seed (RFC 8032 §5.1.5).
   *
   * @throws KeyFormatException when the seed is not 32 bytes
   */
  public static Ed25519PrivateKey fromSeed(byte[] seed) throws KeyFormatException {
    if (seed.length != SEED_LENGTH) {
      throw new KeyFormatException("Ed25519 seed of " + seed.length + " bytes, want 32");
    }
    return new Ed25519PrivateKey(seed);
  }

  /** A fresh key from the strong random source. */
  public static Ed25519PrivateKey generate() {
    byte[] seed = new byte[SEED_LENGTH];
    new SecureRandom().nextBytes(seed);
    return new Ed25519PrivateKey(seed);
  }

  public Ed25519PublicKey publicKey() {
    return publicKey;
  }

  /** A copy of the seed; handle with care, never log it. */
  public byte[] seed() {
    return seed.clone();
  }

  /**
   * The deterministic Ed25519 signature of the message. The public key derived once from the seed
   * goes with it: without it, Bouncy Castle derives it again for every signature, a second
   * constant-time base-point multiplication that doubled the cost of signing a checkpoint.
   */
  public byte[] sign(byte[] message) {
    byte[] signature = new byte[Ed25519PublicKey.SIGNATURE_LENGTH];
    Ed25519.sign(seed, 0, pub, 0, message, 0, message.length, signature, 0);
    return signature;
  }

  @Override
  public String toString() {
    return "Ed25519PrivateKey[" + publicKey.keyId() + "]";
  }
}
