package dev.pedigree.ledger.manifest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The file-name rules of DESIGN A4: a file subject's name is NFC UTF-8, at most 4,096 bytes,
 * {@code /}-separated segments that are not empty, not {@code .} or {@code ..}, and free of
 * {@code \}, {@code :}, control characters (C0, DEL, C1) and bidirectional controls.
 */
public final class FileNames {
  public static final int MAX_UTF8_BYTES = 4096;

  private FileNames() {}

  /**
   * Checks a whole relative path. If no exception is thrown, a statement can carry it.
   *
   * @throws FileNameException naming the path and the rule it breaks
   */
  public static void check(String path) throws FileNameException {
    int bytes = path.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_UTF8_BYTES) {
      throw new FileNameException(
          "path " + quote(path) + " is " + bytes + " bytes of UTF-8, want at most 4096");
    }
    for (String segment : path.split("/", -1)) {
      checkSegment(path, segment);
    }
  }

  /**
   * Checks one segment of {@code path}, so that a walker can refuse a bad directory name before
   * descending into it.
   *
   * @throws FileNameException naming the path and the rule it breaks
   */
  public static void checkSegment(String path, String segment) throws FileNameException {
    if (segment.isEmpty()) {
      throw new FileNameException("path " + quote(path) + " has an empty segment");
    }
    if (segment.equals(".") || segment.equals("..")) {
      throw new FileNameException("path " + quote(path) + " has a segment " + quote(segment));
    }
    boolean ascii = true;
    for (int i = 0; i < segment.length(); ) {
      int c = segment.codePointAt(i);
      String why = forbidden(c);
      if (why != null) {
        throw new FileNameException(
            "path " + quote(path) + " contains " + why + String.format(" (U+%04X)", c));
      }
      ascii &= c < 0x80;
      i += Character.charCount(c);
    }
    // ASCII text is always in NFC; skipping the check spares loading the normaliser's data.
    if (!ascii && !Normalizer.isNormalized(segment, Normalizer.Form.NFC)) {
      throw new FileNameException("path " + quote(path) + " is not in Unicode NFC");
    }
  }

  /** Why a code point may not appear in a name, or null when it may. */
  private static String forbidden(int c) {
    if (c == '\\') {
      return "a backslash";
    }
    if (c == ':') {
      return "a colon";
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return "a control character";
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return "a bidirectional control";
    }
    if (Character.isSurrogate((char) c) && c <= 0xffff) {
      return "a lone surrogate";
    }
    return null;
  }

  /** The path in quotes with every character that could hide or mislead escaped. */
  static String quote(String path) {
    StringBuilder out = new StringBuilder("\"");
    path.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20
                  || (c >= 0x7f && c <= 0x9f)
                  || (c >= 0x202a && c <= 0x202e)
                  || (c >= 0x2066 && c <= 0x2069)
                  || (c <= 0xffff && Character.isSurrogate((char) c))) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
