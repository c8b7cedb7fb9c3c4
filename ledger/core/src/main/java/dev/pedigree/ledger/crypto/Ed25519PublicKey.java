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
  private final Ed25519.PublicPoint point;
  /** Whether the key lies in the prime-order subgroup, as every key made from a seed does. */
  private final boolean primeOrder;

  private Ed25519PublicKey(byte[] raw, Ed25519.PublicPoint point) {
    this.raw = Bytes.copyOf(raw);
    this.keyId = Sha256.hex(spki(raw));
    this.point = point;
    this.primeOrder = Ed25519.validatePublicKeyFull(raw, 0);
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
    Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(raw, 0);
    if (point == null) {
      throw new KeyFormatException("Ed25519 public key is not a point on the curve");
    }
    return new Ed25519PublicKey(raw, point);
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

  /**
   * Bouncy Castle (since 1.7x) checks the cofactored equation [8][S]B = [8]R + [8][k]A, which a
   * torsion component in R or A slips through. When A is in the prime-order subgroup the two
   * equations agree exactly when R is too, so that is checked as well. Keys outside that subgroup
   * are never made from a seed; for them the JDK's cofactorless verifier decides.
   */
  private boolean equationHolds(byte[] message, byte[] signature) {
    if (primeOrder) {
      return Ed25519.verify(signature, 0, point, message, 0, message.length)
          && Ed25519.validatePublicKeyFull(signature, 0);
    }
    return JdkEd25519.verify(spkiDer(), message, signature);
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
