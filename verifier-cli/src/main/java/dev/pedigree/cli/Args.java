package dev.pedigree.cli;

import dev.pedigree.ledger.statement.StatementException;

/** Option values read into statement values; a bad one is an input error naming the option. */
final class Args {
  private Args() {}

  /** A parse of one option's value that may refuse it. */
  interface Parser<T> {
    T parse(String value) throws StatementException;
  }

  /** {@code parser(value)}, or an {@link InputException} saying {@code --option value: why}. */
  static <T> T parse(String option, String value, Parser<T> parser) throws InputException {
    try {
      return parser.parse(value);
    } catch (StatementException e) {
      throw new InputException(option + " " + value + ": " + e.getMessage(), e);
    }
  }
}
