package dev.pedigree.ledger.json;

/** Builds RFC 6901 JSON Pointers, the {@code field} of Pedigree's problem reports (DESIGN A8). */
public final class JsonPointers {
  /** The pointer to the whole document. */
  public static final String ROOT = "";

  private JsonPointers() {}

  /** The pointer to member {@code token} of the value at {@code base}. */
  public static String append(String base, String token) {
    StringBuilder out =
        new StringBuilder(base.length() + token.length() + 1).append(base).append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      // RFC 6901 §3: '~' is written "~0" and '/' is written "~1".
      if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The pointer to element {@code index} of the array at {@code base}. */
  public static String append(String base, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("array index " + index + " is negative");
    }
    return base + "/" + index;
  }
}
