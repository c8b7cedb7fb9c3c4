package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.DsseVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DsseEnvelopeTest {
  private static final byte[] PAYLOAD = "{}".getBytes(StandardCharsets.UTF_8);
  private static Ed25519PrivateKey first;
  private static Ed25519PrivateKey second;

  @BeforeAll
  static void keys() throws Exception {
    Ed25519PrivateKey a = Ed25519PrivateKey.fromSeed(new byte[32]);
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) 1);
    Ed25519PrivateKey b = Ed25519PrivateKey.fromSeed(seed);
    boolean aFirst = a.publicKey().keyId().compareTo(b.publicKey().keyId()) < 0;
    first = aFirst ? a : b;
    second = aFirst ? b : a;
  }

  private static Map<String, Ed25519PublicKey> bound(Ed25519PrivateKey... keys) {
    Map<String, Ed25519PublicKey> map = new HashMap<>();
    for (Ed25519PrivateKey key : keys) {
      map.put(key.publicKey().keyId(), key.publicKey());
    }
    return map;
  }

  @Test
  void sign_signaturesSortedByKeyId() {
    DsseEnvelope envelope = DsseEnvelope.sign("t", PAYLOAD, List.of(second, first));
    assertEquals(
        List.of(first.publicKey().keyId(), second.publicKey().keyId()), envelope.keyIds());
  }

  @Test
  void verify_keyNotBound_namesTheKeyId() {
    DsseEnvelope envelope = DsseEnvelope.sign("t", PAYLOAD, List.of(first, second));
    String missing = second.publicKey().keyId();
    DsseVerificationException e =
        assertThrows(DsseVerificationException.class, () -> envelope.verify(bound(first)));
    assertEquals(Reason.KEY_NOT_BOUND, e.reason());
    assertEquals(missing, e.keyId());
    assertEquals("no key with keyid " + missing, e.getMessage());
  }

  @Test
  void verify_badSignature_namesTheKeyId() {
    DsseEnvelope signed = DsseEnvelope.sign("t", PAYLOAD, List.of(first, second));
    DsseEnvelope otherType = new DsseEnvelope(signed.payload(), "u", signed.signatures());
    String keyId = first.publicKey().keyId();
    DsseVerificationException e =
        assertThrows(
            DsseVerificationException.class, () -> otherType.verify(bound(first, second)));
    assertEquals(Reason.BAD_SIGNATURE, e.reason());
    assertEquals(keyId, e.keyId());
    assertEquals("signature does not verify under keyid " + keyId, e.getMessage());
  }

  @Test
  void verify_missingKeyReportedBeforeBadSignature() {
    DsseEnvelope signed = DsseEnvelope.sign("t", PAYLOAD, List.of(first, second));
    DsseEnvelope tampered = new DsseEnvelope(Bytes.copyOf(new byte[1]), "t", signed.signatures());
    DsseVerificationException e =
        assertThrows(DsseVerificationException.class, () -> tampered.verify(bound(first)));
    assertEquals(Reason.KEY_NOT_BOUND, e.reason());
    assertEquals(second.publicKey().keyId(), e.keyId());
  }

  @Test
  void verify_keyFiledUnderAnotherKeyId_isACallerError() {
    DsseEnvelope envelope = DsseEnvelope.sign("t", PAYLOAD, List.of(first));
    Map<String, Ed25519PublicKey> wrong = Map.of(first.publicKey().keyId(), second.publicKey());
    assertThrows(IllegalArgumentException.class, () -> envelope.verify(wrong));
  }

  @Test
  void sign_sameKeyTwice_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DsseEnvelope.sign("t", PAYLOAD, List.of(first, first)));
    assertEquals("keyid " + first.publicKey().keyId() + " repeated", e.getMessage());
  }

  @Test
  void new_tooManySignatures_refused() {
    List<DsseSignature> signatures = new ArrayList<>();
    for (int i = 0; i <= DsseEnvelope.MAX_SIGNATURES; i++) {
      signatures.add(new DsseSignature(String.format("%064x", i), Bytes.copyOf(new byte[64])));
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DsseEnvelope(Bytes.copyOf(PAYLOAD), "t", signatures));
    assertEquals("17 signatures, want 1 to 16", e.getMessage());
  }

  @Test
  void newSignature_badKeyIdOrLength_refused() {
    Bytes sig = Bytes.copyOf(new byte[64]);
    IllegalArgumentException keyId =
        assertThrows(IllegalArgumentException.class, () -> new DsseSignature("AB", sig));
    assertEquals("keyid AB is not 64 lowercase hex digits", keyId.getMessage());
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DsseSignature("a".repeat(64), Bytes.copyOf(new byte[65])));
    assertEquals("signature of 65 bytes, want 64", length.getMessage());
  }
}
