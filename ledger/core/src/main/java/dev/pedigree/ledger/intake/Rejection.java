package dev.pedigree.ledger.intake;

/** Every refusal of a submission, with its problem slug and HTTP status (DESIGN A8). */
public enum Rejection {
  MALFORMED_JSON("malformed-json", 400),
  NON_CANONICAL("non-canonical", 400),
  BAD_BASE64("bad-base64", 400),
  BAD_PAYLOAD_TYPE("bad-payload-type", 400),
  INVALID_STATEMENT("invalid-statement", 400),
  OUT_OF_RANGE("out-of-range", 400),
  UNAUTHORIZED("unauthorized", 401),
  KEY_NOT_BOUND("key-not-bound", 403),
  NOT_FOUND("not-found", 404),
  NAME_TAKEN("name-taken", 409),
  KEY_STATE_CONFLICT("key-state-conflict", 409),
  TOO_LARGE("too-large", 413),
  BAD_SIGNATURE("bad-signature", 422),
  UNKNOWN_PARENT("unknown-parent", 422),
  UNKNOWN_TARGET("unknown-target", 422);

  private final String slug;
  private final int status;

  Rejection(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  /** The last segment of the problem type, {@code https://pedigree.dev/problems/<slug>}. */
  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }
}
