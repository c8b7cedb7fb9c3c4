package dev.pedigree.api.problem;

import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;

/** Maps the ledger's refusals (DESIGN A8 slugs) to problems, keeping the field at fault. */
public final class Rejections {
  private Rejections() {}

  /** The problem answering {@code e}: same slug, same status, its detail and field. */
  public static ProblemException problem(RejectedException e) {
    ProblemType type = typeOf(e.rejection());
    String field = e.field();
    // Problem accepts only RFC 6901 pointers ("" is the whole document).
    if (field != null && (field.isEmpty() || field.startsWith("/"))) {
      return new ProblemException(type, e.getMessage(), field);
    }
    return new ProblemException(type, e.getMessage());
  }

  /** The problem type of a rejection; both enums list DESIGN A8's slugs. */
  public static ProblemType typeOf(Rejection rejection) {
    for (ProblemType type : ProblemType.values()) {
      if (type.slug().equals(rejection.slug())) {
        return type;
      }
    }
    throw new IllegalStateException("no problem type for rejection " + rejection.slug());
  }
}
