package dev.pedigree.ledger.crypto;

/** A DSSE envelope whose signatures do not all verify; names the keyid at fault. */
public final class DsseVerificationException extends Exception {
  /** Why, so that the server can answer 403 key-not-bound or 422 bad-signature (DESIGN A3). */
  public enum Reason {
    /** The keyid names no key the caller supplied. */
    KEY_NOT_BOUND,
    /** The signature does not verify over PAE under the named key. */
    BAD_SIGNATURE
  }

  private final Reason reason;
  private final String keyId;

  public DsseVerificationException(Reason reason, String keyId, String message) {
    super(message);
    this.reason = reason;
    this.keyId = keyId;
  }

  public DsseVerificationException(String keyId, SignatureVerificationException cause) {
    super(cause.getMessage(), cause);
    this.reason = Reason.BAD_SIGNATURE;
    this.keyId = keyId;
  }

  public Reason reason() {
    return reason;
  }

  public String keyId() {
    return keyId;
  }
}
