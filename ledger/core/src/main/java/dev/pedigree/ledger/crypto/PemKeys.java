package dev.pedigree.ledger.crypto;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Ed25519 keys in the PEM forms {@code openssl pkey} reads and writes: the private key as PKCS#8
 * ({@code PRIVATE KEY}, RFC 8410 §7), the public key as SubjectPublicKeyInfo ({@code PUBLIC KEY},
 * RFC 8410 §4). Parsing is strict: only the exact DER that OpenSSL writes is accepted.
 */
public final class PemKeys {
  public static final String PRIVATE_LABEL = "PRIVATE KEY";
  public static final String PUBLIC_LABEL = "PUBLIC KEY";

  /** PKCS#8 v1 of an Ed25519 key, less the 32-byte seed (RFC 8410 §7). */
  private static final byte[] PKCS8_PREFIX = Hex.decode("302e020100300506032b657004220420");

  /** SubjectPublicKeyInfo of an Ed25519 key, less the 32 key bytes (RFC 8410 §4). */
  private static final byte[] SPKI_PREFIX = Hex.decode("302a300506032b6570032100");

  private static final String ED25519_OID = "1.3.101.112";
  private static final Map<String, String> OID_NAMES =
      Map.of(
          "1.2.840.113549.1.1.1", "RSA",
          "1.2.840.10045.2.1", "EC",
          "1.3.101.110", "X25519",
          "1.3.101.111", "X448",
          "1.3.101.113", "Ed448");

  private PemKeys() {}

  /** The PKCS#8 PEM text of a private key. Handle with care: it holds the seed. */
  public static String privateKeyPem(Ed25519PrivateKey key) {
    byte[] seed = key.seed();
    byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + Ed25519PrivateKey.SEED_LENGTH);
    System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, seed.length);
    try {
      return Pem.encode(PRIVATE_LABEL, der);
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(der, (byte) 0);
    }
  }

  /** The SubjectPublicKeyInfo PEM text of a public key. */
  public static String publicKeyPem(Ed25519PublicKey key) {
    return Pem.encode(PUBLIC_LABEL, key.spkiDer());
  }

  /**
   * The private key of PKCS#8 PEM text.
   *
   * @throws KeyFormatException when the text is not exactly an unencrypted Ed25519 PKCS#8 key
   */
  public static Ed25519PrivateKey parsePrivateKey(String pem) throws KeyFormatException {
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      throw new KeyFormatException(
          "encrypted private keys are not supported (decrypt with: openssl pkey -in FILE)");
    }
    if (pem.contains("-----BEGIN " + PUBLIC_LABEL + "-----")) {
      throw new KeyFormatException("this is a public key, want a private key");
    }
    byte[] der = Pem.decode(pem, PRIVATE_LABEL);
    try {
      if (der.length == PKCS8_PREFIX.length + Ed25519PrivateKey.SEED_LENGTH
          && Arrays.equals(der, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
        return Ed25519PrivateKey.fromSeed(Arrays.copyOfRange(der, PKCS8_PREFIX.length, der.length));
      }
      throw new KeyFormatException(diagnosePrivate(der));
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /**
   * The public key of SubjectPublicKeyInfo PEM text.
   *
   * @throws KeyFormatException when the text is not exactly an Ed25519 SubjectPublicKeyInfo
   */
  public static Ed25519PublicKey parsePublicKey(String pem) throws KeyFormatException {
    if (pem.contains("PRIVATE KEY-----")) {
      throw new KeyFormatException("this is a private key, want a public key");
    }
    byte[] der = Pem.decode(pem, PUBLIC_LABEL);
    if (der.length == SPKI_PREFIX.length + Ed25519PublicKey.LENGTH
        && Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      return Ed25519PublicKey.fromRaw(Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length));
    }
    throw new KeyFormatException(diagnosePublic(der));
  }

  /** Why DER that is not the canonical 48 bytes is refused, in the most useful words. */
  private static String diagnosePrivate(byte[] der) {
    PrivateKeyInfo info;
    try {
      // Empty DER reads as no object: getInstance(null) is null.
      info =
          Objects.requireNonNull(
              PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der)), "no DER value");
    } catch (IOException | RuntimeException e) {
      return "private key is not PKCS#8 DER: " + e.getMessage();
    }
    String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
    if (!oid.equals(ED25519_OID)) {
      return "private key algorithm is " + describe(oid) + ", want Ed25519 (" + ED25519_OID + ")";
    }
    try {
      int n = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets().length;
      if (n != Ed25519PrivateKey.SEED_LENGTH) {
        return "Ed25519 private key of " + n + " bytes, want 32";
      }
    } catch (IOException | RuntimeException e) {
      return "Ed25519 private key is not an OCTET STRING: " + e.getMessage();
    }
    return "Ed25519 private key of " + der.length + " bytes of DER is not the plain PKCS#8 form"
        + " (version 0, no attributes, no public key), want 48 bytes as openssl writes it";
  }

  private static String diagnosePublic(byte[] der) {
    SubjectPublicKeyInfo info;
    try {
      info =
          Objects.requireNonNull(
              SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der)), "no DER value");
    } catch (IOException | RuntimeException e) {
      return "public key is not SubjectPublicKeyInfo DER: " + e.getMessage();
    }
    String oid = info.getAlgorithm().getAlgorithm().getId();
    if (!oid.equals(ED25519_OID)) {
      return "public key algorithm is " + describe(oid) + ", want Ed25519 (" + ED25519_OID + ")";
    }
    int padBits = info.getPublicKeyData().getPadBits();
    if (padBits != 0) { // getBytes() would throw
      return "Ed25519 public key BIT STRING has " + padBits + " unused bits, want 0";
    }
    int n = info.getPublicKeyData().getBytes().length;
    if (n != Ed25519PublicKey.LENGTH) {
      return "Ed25519 public key of " + n + " bytes, want 32";
    }
    return "Ed25519 public key of " + der.length + " bytes of DER is not in canonical form, want 44";
  }

  private static String describe(String oid) {
    String name = OID_NAMES.get(oid);
    return name == null ? oid : name + " (" + oid + ")";
  }
}
