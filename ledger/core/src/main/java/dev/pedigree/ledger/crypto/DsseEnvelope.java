package dev.pedigree.ledger.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DSSE envelope in the normalised form the log stores (DESIGN A3): signatures sorted by keyid,
 * each keyid once, between 1 and {@link #MAX_SIGNATURES} of them.
 */
public record DsseEnvelope(Bytes payload, String payloadType, List<DsseSignature> signatures) {
  /** A cap on the work one submission can ask for (STYLE 7); a key entry needs a handful. */
  public static final int MAX_SIGNATURES = 16;

  /**
   * Sorts the signatures by keyid.
   *
   * @throws IllegalArgumentException when there are none, more than {@link #MAX_SIGNATURES}, or a
   *     keyid repeats
   */
  public DsseEnvelope {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(payloadType, "payloadType");
    if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException(
          signatures.size() + " signatures, want 1 to " + MAX_SIGNATURES);
    }
    signatures = signatures.stream().sorted(Comparator.comparing(DsseSignature::keyId)).toList();
    for (int i = 1; i < signatures.size(); i++) {
      if (signatures.get(i).keyId().equals(signatures.get(i - 1).keyId())) {
        throw new IllegalArgumentException("keyid " + signatures.get(i).keyId() + " repeated");
      }
    }
  }

  /**
   * Parses an envelope, dropping unknown members (DESIGN A3).
   *
   * @throws EnvelopeException naming the first field at fault
   */
  public static DsseEnvelope fromJson(JsonNode json) throws EnvelopeException {
    return DsseEnvelopeJson.parse(json);
  }

  /** The normalised envelope: exactly payload, payloadType and signatures of {keyid, sig}. */
  public ObjectNode toJson() {
    return DsseEnvelopeJson.write(this);
  }

  /**
   * Signs the payload with every key, over PAE (DSSE protocol.md).
   *
   * @throws IllegalArgumentException when there are no keys, too many, or one key twice
   */
  public static DsseEnvelope sign(
      String payloadType, byte[] payload, List<Ed25519PrivateKey> keys) {
    byte[] pae = Dsse.pae(payloadType, payload);
    List<DsseSignature> signatures = new ArrayList<>(keys.size());
    for (Ed25519PrivateKey key : keys) {
      signatures.add(new DsseSignature(key.publicKey().keyId(), Bytes.copyOf(key.sign(pae))));
    }
    return new DsseEnvelope(Bytes.copyOf(payload), payloadType, signatures);
  }

  /** The keyids of the signatures, ascending. */
  public List<String> keyIds() {
    return signatures.stream().map(DsseSignature::keyId).toList();
  }

  /**
   * Verifies every signature over PAE with the key its keyid names. Every keyid is looked up
   * before any signature is checked, so a missing key is reported ahead of a bad signature. If no
   * exception is thrown, every signature verified.
   *
   * @param keysById the keys the signatures may name, each under its own {@link
   *     Ed25519PublicKey#keyId() keyid}
   * @throws DsseVerificationException naming the first keyid at fault
   */
  public void verify(Map<String, Ed25519PublicKey> keysById) throws DsseVerificationException {
    for (DsseSignature signature : signatures) {
      Ed25519PublicKey key = keysById.get(signature.keyId());
      if (key == null) {
        throw new DsseVerificationException(
            DsseVerificationException.Reason.KEY_NOT_BOUND,
            signature.keyId(),
            "no key with keyid " + signature.keyId());
      }
      if (!key.keyId().equals(signature.keyId())) {
        throw new IllegalArgumentException(
            "key " + key.keyId() + " supplied under keyid " + signature.keyId());
      }
    }
    byte[] pae = Dsse.pae(payloadType, payload.toByteArray());
    for (DsseSignature signature : signatures) {
      try {
        keysById.get(signature.keyId()).verify(pae, signature.sig());
      } catch (SignatureVerificationException e) {
        throw new DsseVerificationException(signature.keyId(), e);
      }
    }
  }
}
