package dev.pedigree.ledger.statement;

/** A namespace: the part of a model name before {@code /}, which keys are bound to (DESIGN A5). */
public record Namespace(String value) {
  public static final int MAX_CHARS = 64;

  public Namespace {
    String v = value;
    Invariant.require(() -> check(v));
  }

  /** A namespace from its text, 1–64 of {@code [A-Za-z0-9._-]}, no {@code .} or {@code -} edge. */
  public static Namespace of(String value) throws StatementException {
    check(value);
    return new Namespace(value);
  }

  private static void check(String value) throws StatementException {
    NameGrammar.checkPart(value, value, "namespace", MAX_CHARS);
  }

  /** The folded form: lowercase, {@code _} and {@code .} mapped to {@code -}. */
  public String folded() {
    return NameGrammar.fold(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
