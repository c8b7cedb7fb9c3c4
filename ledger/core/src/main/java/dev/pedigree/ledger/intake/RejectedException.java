package dev.pedigree.ledger.intake;

import java.util.Objects;

/**
 * A submission the ledger refuses, with the problem to answer (DESIGN A8).
 *
 * <p>{@link #field()} is an RFC 6901 JSON Pointer or null. For what is wrong inside the statement
 * (the payload) it points into the statement, e.g. {@code /predicate/model/name}; for what is wrong
 * with the envelope around it (base64, payloadType, a signature) it points into the submitted
 * envelope, e.g. {@code /signatures/1/keyid}. {@link #getMessage()} is the detail for humans.
 */
public final class RejectedException extends Exception {
  private final Rejection rejection;
  private final String field;

  public RejectedException(Rejection rejection, String field, String detail) {
    super(detail);
    this.rejection = Objects.requireNonNull(rejection, "rejection");
    this.field = field;
  }

  public Rejection rejection() {
    return rejection;
  }

  /** The JSON Pointer of the field at fault, or null when no one field is. */
  public String field() {
    return field;
  }

  @Override
  public String toString() {
    return rejection.slug() + (field == null ? "" : " at " + field) + ": " + getMessage();
  }
}
