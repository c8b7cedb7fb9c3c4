package dev.pedigree.ledger.statement;

/** A model version: 1–64 of {@code [A-Za-z0-9._+-]}, compared exactly, never folded (DESIGN A5). */
public record ModelVersion(String value) {
  public static final int MAX_CHARS = 64;

  public ModelVersion {
    String v = value;
    Invariant.require(() -> check(v));
  }

  public static ModelVersion of(String value) throws StatementException {
    check(value);
    return new ModelVersion(value);
  }

  private static void check(String value) throws StatementException {
    if (value.isEmpty() || value.length() > MAX_CHARS) {
      throw new StatementException(
          "",
          "got a version of " + value.length() + " characters, want 1 to " + MAX_CHARS);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '.' || c == '_' || c == '+' || c == '-';
      if (!ok) {
        throw new StatementException(
            "", "got " + Quote.of(value) + ", want a version of [A-Za-z0-9._+-] only");
      }
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
