package dev.pedigree.ledger.verify;

/** The outcome of one check of a report (STYLE 8). */
public enum Status {
  PASSED,
  FAILED,
  /** What offline verification cannot prove, said outright rather than left out (DESIGN A7). */
  NOT_CHECKED
}
