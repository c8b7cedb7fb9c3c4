package dev.pedigree.ledger.statement;

/**
 * Quotes a submitted string for an error message: escaped so that controls and bidirectional
 * overrides cannot reach a terminal or a log as such, and cut short when long.
 */
final class Quote {
  private static final int MAX_CHARS = 80;

  private Quote() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder("\"");
    int n = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    if (text.length() > MAX_CHARS) {
      out.append('…');
    }
    return out.append('"').toString();
  }
}
