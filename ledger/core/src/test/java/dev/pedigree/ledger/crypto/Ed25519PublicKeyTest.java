package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.clampedScalar;
import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.littleEndian;
import static dev.pedigree.ledger.crypto.Ed25519Arithmetic.sha512;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519PublicKeyTest {
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  private static final BigInteger L =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

  @ParameterizedTest(name = "RFC 8032 §7.1 TEST {index}")
  @CsvSource({
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
        + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a,'',"
        + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
        + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c,72,"
        + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7,"
        + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025,af82,"
        + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
        + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
  })
  void signAndVerify_rfc8032Vectors(String seed, String pub, String message, String sig)
      throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Hex.decode(seed));
    assertEquals(pub, key.publicKey().raw().hex());
    assertEquals(sig, Hex.encode(key.sign(Hex.decode(message))));
    Ed25519PublicKey.fromRaw(Hex.decode(pub)).verify(Hex.decode(message), Hex.decode(sig));
  }

  @Test
  void verify_otherMessage_refused() throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(new byte[32]);
    byte[] sig = key.sign(new byte[] {1});
    SignatureVerificationException e =
        assertThrows(
            SignatureVerificationException.class,
            () -> key.publicKey().verify(new byte[] {2}, sig));
    assertEquals(
        "signature does not verify under keyid " + key.publicKey().keyId(), e.getMessage());
  }

  @Test
  void verify_wrongLength_refused() throws Exception {
    Ed25519PublicKey key = Ed25519PrivateKey.fromSeed(new byte[32]).publicKey();
    SignatureVerificationException e =
        assertThrows(
            SignatureVerificationException.class, () -> key.verify(new byte[0], new byte[63]));
    assertEquals("signature of 63 bytes, want 64 (keyid " + key.keyId() + ")", e.getMessage());
  }

  @Test
  void verify_sPlusL_refused() throws Exception {
    // The same signature with S + L in place of S: equal modulo L, refused as S >= L.
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(new byte[32]);
    byte[] sig = key.sign(new byte[0]);
    BigInteger s = littleEndian(Arrays.copyOfRange(sig, 32, 64));
    System.arraycopy(littleEndian(s.add(L)), 0, sig, 32, 32);
    SignatureVerificationException e =
        assertThrows(
            SignatureVerificationException.class, () -> key.publicKey().verify(new byte[0], sig));
    assertEquals(
        "signature S is not below L (keyid " + key.publicKey().keyId() + ")", e.getMessage());
  }

  @Test
  void verify_nonCanonicalR_refused() throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(new byte[32]);
    byte[] sig = key.sign(new byte[0]);
    System.arraycopy(littleEndian(P.add(BigInteger.valueOf(3))), 0, sig, 0, 32);
    SignatureVerificationException e =
        assertThrows(
            SignatureVerificationException.class, () -> key.publicKey().verify(new byte[0], sig));
    assertEquals(
        "signature R is not canonical: y is not below p (keyid " + key.publicKey().keyId() + ")",
        e.getMessage());
  }

  /**
   * An honest key (prime order) and a signature whose R carries the point of order 2: it holds
   * under the cofactored equation only. Built from the scalars: R' = [r]B + (0, -1) = (-x, -y),
   * S = r + k'a mod L with k' = SHA-512(R' ‖ A ‖ M).
   */
  @Test
  void verify_rWithTorsion_refusedThoughBouncyCastleAccepts() throws Exception {
    byte[] seed = new byte[32];
    byte[] nonceSeed = new byte[32];
    Arrays.fill(nonceSeed, (byte) 7);
    byte[] a = Ed25519PrivateKey.fromSeed(seed).publicKey().raw().toByteArray();
    byte[] rPoint = Ed25519PrivateKey.fromSeed(nonceSeed).publicKey().raw().toByteArray();
    byte[] message = "torsion".getBytes(StandardCharsets.US_ASCII);

    BigInteger y = littleEndian(rPoint).clearBit(255);
    byte[] malleated = littleEndian(P.subtract(y));
    malleated[31] |= (byte) (~rPoint[31] & 0x80); // -x has the other parity
    BigInteger k = littleEndian(sha512(malleated, a, message)).mod(L);
    BigInteger s = clampedScalar(nonceSeed).add(k.multiply(clampedScalar(seed))).mod(L);
    byte[] sig = new byte[64];
    System.arraycopy(malleated, 0, sig, 0, 32);
    System.arraycopy(littleEndian(s), 0, sig, 32, 32);

    assertTrue(Ed25519.verify(sig, 0, a, 0, message, 0, message.length), "cofactored holds");
    Ed25519PublicKey key = Ed25519PublicKey.fromRaw(a);
    SignatureVerificationException e =
        assertThrows(SignatureVerificationException.class, () -> key.verify(message, sig));
    assertEquals("signature does not verify under keyid " + key.keyId(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
      })
  void fromRaw_smallOrder_refusedWithEitherSign(String hex) {
    for (int sign : new int[] {0x00, 0x80}) {
      byte[] raw = Hex.decode(hex);
      raw[31] |= (byte) sign;
      // Bouncy Castle's own small-order check agrees that these are all to be refused.
      assertFalse(Ed25519.validatePublicKeyPartial(raw, 0), Hex.encode(raw));
      KeyFormatException e =
          assertThrows(KeyFormatException.class, () -> Ed25519PublicKey.fromRaw(raw));
      assertEquals("Ed25519 public key is a point of small order", e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 18})
  void fromRaw_yAtLeastP_refusedAsNonCanonical(int excess) {
    byte[] raw = littleEndian(P.add(BigInteger.valueOf(excess)));
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> Ed25519PublicKey.fromRaw(raw));
    assertEquals("Ed25519 public key is not canonical: y is not below p", e.getMessage());
  }

  @Test
  void fromRaw_notOnCurve_refused() {
    byte[] raw = new byte[32];
    raw[0] = 2; // y = 2: (y^2 - 1) / (d y^2 + 1) has no square root
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> Ed25519PublicKey.fromRaw(raw));
    assertEquals("Ed25519 public key is not a point on the curve", e.getMessage());
  }

  @Test
  void fromRaw_wrongLength_refused() {
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> Ed25519PublicKey.fromRaw(new byte[31]));
    assertEquals("Ed25519 public key of 31 bytes, want 32", e.getMessage());
  }

  @Test
  void fromRaw_mixedOrder_accepted() {
    // y = 3 is a curve point outside the prime-order subgroup: it can verify (speccheck case 3).
    byte[] raw = new byte[32];
    raw[0] = 3;
    assertDoesNotThrow(() -> Ed25519PublicKey.fromRaw(raw));
  }

  @Test
  void keyId_equalsOpensslDerSha256() throws Exception {
    // fixtures/openssl/README.md: the expected keyid was printed by the openssl command line.
    String pem = text("fixtures/openssl/openssl-ed25519.pub.pem");
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    byte[] der = Base64.getMimeDecoder().decode(body);
    String want = text("fixtures/openssl/openssl-ed25519.keyid").strip();
    Ed25519PublicKey key =
        Ed25519PublicKey.fromRaw(Arrays.copyOfRange(der, der.length - 32, der.length));
    assertArrayEquals(der, key.spkiDer());
    assertEquals(want, key.keyId());
  }

  private static String text(String path) {
    return new String(CryptoFixtures.bytes(path), StandardCharsets.US_ASCII);
  }
}
