package dev.pedigree.ledger.crypto;

import java.util.Objects;

/** One DSSE signature: the signing key's keyid (DESIGN A4) and the 64-byte Ed25519 signature. */
public record DsseSignature(String keyId, Bytes sig) {
  /** @throws IllegalArgumentException when the keyid is not 64 lowercase hex or sig not 64 bytes */
  public DsseSignature {
    if (!Hex.isLowerHex(keyId, Sha256.LENGTH)) {
      throw new IllegalArgumentException("keyid " + keyId + " is not 64 lowercase hex digits");
    }
    Objects.requireNonNull(sig, "sig");
    if (sig.length() != Ed25519PublicKey.SIGNATURE_LENGTH) {
      throw new IllegalArgumentException("signature of " + sig.length() + " bytes, want 64");
    }
  }
}
