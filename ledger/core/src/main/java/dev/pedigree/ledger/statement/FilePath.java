package dev.pedigree.ledger.statement;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name of a file subject (DESIGN A4): NFC UTF-8 of at most 4,096 bytes, {@code /}-separated
 * segments that are neither empty nor {@code .} or {@code ..}, free of {@code \}, {@code :},
 * control characters and bidirectional controls, so that a path can neither escape the model's
 * directory nor look like another path on screen.
 */
public record FilePath(String value) {
  public static final int MAX_BYTES = 4096;

  public FilePath {
    String v = value;
    Invariant.require(() -> check(v));
  }

  public static FilePath of(String value) throws StatementException {
    return Invariant.build(() -> new FilePath(value));
  }

  private static void check(String value) throws StatementException {
    if (value.isEmpty()) {
      throw new StatementException("", "got an empty path, want a relative file path");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new StatementException(
              "", "got a lone surrogate at offset " + i + ", want UTF-8 text");
        }
        i++;
        continue;
      }
      String bad = forbidden(c);
      if (bad != null) {
        throw new StatementException(
            "",
            "got " + Quote.of(value) + String.format(" (U+%04X at offset %d)", (int) c, i)
                + ", want no " + bad);
      }
    }
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw new StatementException("", "got " + Quote.of(value) + ", want NFC (Unicode form C)");
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new StatementException(
          "", "got a path of " + bytes + " bytes, want at most " + MAX_BYTES);
    }
    if (value.startsWith("/")) {
      throw new StatementException(
          "", "got " + Quote.of(value) + ", want a relative path (no leading /)");
    }
    for (String segment : value.split("/", -1)) {
      if (segment.isEmpty()) {
        throw new StatementException(
            "", "got " + Quote.of(value) + ", want no empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new StatementException(
            "", "got " + Quote.of(value) + ", want no . or .. segment");
      }
    }
  }

  /** What a character is when a path may not hold it, or null when it may. */
  private static String forbidden(char c) {
    if (c == '\\') {
      return "backslash";
    }
    if (c == ':') {
      return "colon";
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return "control character (C0, DEL, C1)";
    }
    if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
      return "bidirectional control";
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
