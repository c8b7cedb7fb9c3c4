package dev.pedigree.ledger.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (RFC 8032), named by its {@link #keyId() keyid} (DESIGN A4). Only keys
 * that can verify a signature exist: canonical encodings of curve points not of small order.
 */
public final class Ed25519PublicKey {
  public static final int LENGTH = 32;
  public static final int SIGNATURE_LENGTH = 64;

  /** DER SubjectPublicKeyInfo of an Ed25519 key, less the 32 key bytes (RFC 8410 §4). */
  private static final byte[] SPKI_PREFIX = Hex.decode("302a300506032b6570032100");

  private final Bytes raw;
  private final String keyId;
  /** The key's precomputed multiples, built by its first verification and grown once busy. */
  private final Ed25519KeyTables tables = new Ed25519KeyTables();

  private Ed25519PublicKey(byte[] raw) {
    this.raw = Bytes.copyOf(raw);
    this.keyId = Sha256.hex(spki(raw));
  }

  /**
   * A public key from its 32 raw bytes (RFC 8032 §5.1.5).
   *
   * @throws KeyFormatException when the bytes are not 32 long, or not the canonical encoding of a
   *     curve point, or encode a point of small order (such a key can verify nothing, DESIGN A4)
   */
  public static Ed25519PublicKey fromRaw(byte[] raw) throws KeyFormatException {
    if (raw.length != LENGTH) {
      throw new KeyFormatException("Ed25519 public key of " + raw.length + " bytes, want 32");
    }
    if (!Ed25519Encoding.isCanonicalPoint(raw, 0)) {
      throw new KeyFormatException("Ed25519 public key is not canonical: y is not below p");
    }
    if (Ed25519Encoding.hasSmallOrder(raw, 0)) {
      throw new KeyFormatException("Ed25519 public key is a point of small order");
    }
    if (!Ed25519.validatePublicKeyPartial(raw, 0)) {
      throw new KeyFormatException("Ed25519 public key is not a point on the curve");
    }
    return new Ed25519PublicKey(raw);
  }

  private static byte[] spki(byte[] raw) {
    byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + LENGTH);
    System.arraycopy(raw, 0, der, SPKI_PREFIX.length, LENGTH);
    return der;
  }

  public Bytes raw() {
    return raw;
  }

  /** The DER SubjectPublicKeyInfo, as {@code openssl pkey -pubin -outform DER} writes it. */
  public byte[] spkiDer() {
    return spki(raw.toByteArray());
  }

  /** Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo (DESIGN A4). */
  public String keyId() {
    return keyId;
  }

  /**
   * Verifies an Ed25519 signature of the message strictly (DESIGN A4): RFC 8032 §5.1.7 with the
   * cofactorless equation, refusing S ≥ L and an R that is not canonical or of small order. If no
   * exception is thrown, the signature is valid.
   *
   * @throws SignatureVerificationException when it is not
   */
  public void verify(byte[] message, byte[] signature) throws SignatureVerificationException {
    if (signature.length != SIGNATURE_LENGTH) {
      throw new SignatureVerificationException(
          "signature of " + signature.length + " bytes, want 64 (keyid " + keyId + ")");
    }
    if (!Ed25519Encoding.isReducedScalar(signature, LENGTH)) {
      throw new SignatureVerificationException("signature S is not below L (keyid " + keyId + ")");
    }
    if (!Ed25519Encoding.isCanonicalPoint(signature, 0)) {
      throw new SignatureVerificationException(
          "signature R is not canonical: y is not below p (keyid " + keyId + ")");
    }
    if (Ed25519Encoding.hasSmallOrder(signature, 0)) {
      throw new SignatureVerificationException(
          "signature R is a point of small order (keyid " + keyId + ")");
    }
    if (!equationHolds(message, signature)) {
      throw new SignatureVerificationException("signature does not verify under keyid " + keyId);
    }
  }

  /** Verifies a signature held as {@link Bytes}; see {@link #verify(byte[], byte[])}. */
  public void verify(byte[] message, Bytes signature) throws SignatureVerificationException {
    verify(message, signature.toByteArray());
  }

  /** RFC 8032 §5.1.7 step 3 without the cofactor; see {@link Ed25519Verifier}. */
  private boolean equationHolds(byte[] message, byte[] signature) {
    byte[] key = raw.toByteArray();
    return Ed25519Verifier.holds(tables.next(key), key, message, signature);
  }

  /** The key's tables, for tests of their growth. */
  Ed25519KeyTables tables() {
    return tables;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ed25519PublicKey other && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "Ed25519PublicKey[" + keyId + "]";
  }
}
