package dev.pedigree.ledger.statement;

/**
 * Runs a factory's checks again inside a record's constructor, which cannot throw a checked
 * exception, so that no path (not even {@code new}) builds an invalid value.
 */
final class Invariant {
  /** One factory check. */
  interface Check {
    void run() throws StatementException;
  }

  private Invariant() {}

  static void require(Check check) {
    try {
      check.run();
    } catch (StatementException e) {
      String at = e.field().isEmpty() ? "" : " at " + e.field();
      throw new IllegalArgumentException(e.getMessage() + at, e);
    }
  }
}
