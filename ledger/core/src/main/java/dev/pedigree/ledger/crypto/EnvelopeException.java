package dev.pedigree.ledger.crypto;

/** A DSSE envelope whose JSON is not acceptable; names the offending field. */
public final class EnvelopeException extends Exception {
  /** What is wrong, so that the server can choose its problem type (DESIGN A8). */
  public enum Reason {
    /** A member missing, of the wrong JSON type, or out of bounds. */
    MALFORMED,
    /** A byte field that is not canonical standard padded base64 (DESIGN A1). */
    BAD_BASE64,
    /** Two signatures name the same keyid (DESIGN A3). */
    DUPLICATE_KEYID,
    /** A signature that cannot verify whatever the key: not 64 bytes (DESIGN A3: bad-signature). */
    BAD_SIGNATURE
  }

  private final Reason reason;
  private final String field;

  public EnvelopeException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The offending field as an RFC 6901 JSON Pointer into the envelope, e.g. /signatures/1/sig. */
  public String field() {
    return field;
  }
}
