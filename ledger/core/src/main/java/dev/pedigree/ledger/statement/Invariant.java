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

  /** A constructor whose checks run through {@link #require}. */
  interface Build<T> {
    T run();
  }

  private Invariant() {}

  /**
   * Builds a value whose constructor runs the factory's checks, so that they run once, and gives
   * back the {@link StatementException} a check threw.
   */
  static <T> T build(Build<T> build) throws StatementException {
    try {
      return build.run();
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof StatementException cause) {
        throw cause;
      }
      throw e;
    }
  }

  static void require(Check check) {
    try {
      check.run();
    } catch (StatementException e) {
      String at = e.field().isEmpty() ? "" : " at " + e.field();
      throw new IllegalArgumentException(e.getMessage() + at, e);
    }
  }
}
