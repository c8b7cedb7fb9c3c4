package dev.pedigree.api.problem;

import java.net.URI;

/** Every problem type of DESIGN A8, with its HTTP status. */
public enum ProblemType {
  MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
  NON_CANONICAL("non-canonical", 400, "Not in canonical form"),
  BAD_BASE64("bad-base64", 400, "Bad base64"),
  BAD_PAYLOAD_TYPE("bad-payload-type", 400, "Bad payload type"),
  INVALID_STATEMENT("invalid-statement", 400, "Invalid statement"),
  OUT_OF_RANGE("out-of-range", 400, "Out of range"),
  UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
  KEY_NOT_BOUND("key-not-bound", 403, "Key not bound"),
  NOT_FOUND("not-found", 404, "Not found"),
  NAME_TAKEN("name-taken", 409, "Name taken"),
  KEY_STATE_CONFLICT("key-state-conflict", 409, "Key state conflict"),
  TOO_LARGE("too-large", 413, "Too large"),
  BAD_SIGNATURE("bad-signature", 422, "Bad signature"),
  UNKNOWN_PARENT("unknown-parent", 422, "Unknown parent"),
  UNKNOWN_TARGET("unknown-target", 422, "Unknown target");

  /** DESIGN A8: {@code type} = this prefix followed by the slug. */
  public static final String TYPE_PREFIX = "https://pedigree.dev/problems/";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(TYPE_PREFIX + slug);
  }
}
