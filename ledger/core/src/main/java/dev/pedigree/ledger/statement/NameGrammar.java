package dev.pedigree.ledger.statement;

import java.util.Locale;

/**
 * The grammar of both halves of a model name (DESIGN A5): ASCII {@code [A-Za-z0-9._-]}, neither
 * starting nor ending with {@code .} or {@code -}; and the folded form that uniqueness uses.
 */
final class NameGrammar {
  private NameGrammar() {}

  /** Checks one part; {@code what} names it in the message ("namespace", "model"). */
  static void checkPart(String full, String part, String what, int maxChars)
      throws StatementException {
    if (part.isEmpty() || part.length() > maxChars) {
      throw new StatementException(
          "",
          "got " + Quote.of(full) + " with a " + what + " of " + part.length()
              + " characters, want 1 to " + maxChars);
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '.' || c == '_' || c == '-';
      if (!ok) {
        throw new StatementException(
            "", "got " + Quote.of(full) + ", want a " + what + " of [A-Za-z0-9._-] only");
      }
    }
    if (isEdge(part.charAt(0)) || isEdge(part.charAt(part.length() - 1))) {
      throw new StatementException(
          "",
          "got " + Quote.of(full) + ", want a " + what + " neither starting nor ending with . or -");
    }
  }

  private static boolean isEdge(char c) {
    return c == '.' || c == '-';
  }

  /** Lowercase, with {@code _} and {@code .} mapped to {@code -} (DESIGN A5). */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }
}
