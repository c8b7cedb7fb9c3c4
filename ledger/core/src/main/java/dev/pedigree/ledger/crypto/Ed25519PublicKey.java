package dev.pedigree.ledger.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 public key (RFC 8032), named by its {@link #keyId() keyid} (DESIGN A4). */
public final class Ed25519PublicKey {
  public static final int LENGTH = 32;
  public static final int SIGNATURE_LENGTH = 64;

  /** DER SubjectPublicKeyInfo of an Ed25519 key, less the 32 key bytes (RFC 8410 §4). */
  private static final byte[] SPKI_PREFIX = Hex.decode("302a300506032b6570032100");

  private final Bytes raw;
  private final String keyId;

  private Ed25519PublicKey(byte[] raw) {
    this.raw = Bytes.copyOf(raw);
    this.keyId = Sha256.hex(spki(raw));
  }

  /**
   * A public key from its 32 raw bytes.
   *
   * @throws KeyFormatException when the bytes are not 32 long
   */
  public static Ed25519PublicKey fromRaw(byte[] raw) throws KeyFormatException {
    if (raw.length != LENGTH) {
      throw new KeyFormatException("Ed25519 public key of " + raw.length + " bytes, want 32");
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
   * Verifies an Ed25519 signature of the message. If no exception is thrown, the signature is
   * valid.
   *
   * @throws SignatureVerificationException when it is not
   */
  public void verify(byte[] message, byte[] signature) throws SignatureVerificationException {
    if (signature.length != SIGNATURE_LENGTH) {
      throw new SignatureVerificationException(
          "signature of " + signature.length + " bytes, want 64 (keyid " + keyId + ")");
    }
    if (!Ed25519.verify(signature, 0, raw.toByteArray(), 0, message, 0, message.length)) {
      throw new SignatureVerificationException("signature does not verify under keyid " + keyId);
    }
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
