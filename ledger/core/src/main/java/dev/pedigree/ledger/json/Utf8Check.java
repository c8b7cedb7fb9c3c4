package dev.pedigree.ledger.json;

/** The byte-level checks of strict JSON input, made before any JSON parsing. */
final class Utf8Check {
  private Utf8Check() {}

  /**
   * Refuses a byte order mark (RFC 8259 §8.1), anything that is not well-formed UTF-8 (Unicode
   * Table 3-7: no overlong forms, no encoded surrogates, nothing above U+10FFFF), and control bytes
   * other than the JSON whitespace tab, LF and CR, which are invalid anywhere in JSON text. The
   * last also means the JSON parser never sees a NUL, from which it would guess UTF-16 or UTF-32.
   */
  static void check(byte[] b) throws MalformedJsonException {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      throw new MalformedJsonException(
          "byte order mark at offset 0: JSON text must not start with one");
    }
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c >= 0x20 && c < 0x80) {
        i++;
      } else if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          throw new MalformedJsonException(
              String.format("control byte 0x%02x at offset %d: JSON allows it only escaped", c, i));
        }
        i++;
      } else {
        i = multiByte(b, i, c);
      }
    }
  }

  /** Checks the sequence led by {@code c} at {@code i} and returns the offset after it. */
  private static int multiByte(byte[] b, int i, int c) throws MalformedJsonException {
    int length;
    int min = 0x80;
    int max = 0xbf; // the range of the byte after the lead; later bytes are always 80..BF
    if (c >= 0xc2 && c <= 0xdf) {
      length = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      length = 3;
      min = c == 0xe0 ? 0xa0 : 0x80; // E0 80..9F would be overlong
      max = c == 0xed ? 0x9f : 0xbf; // ED A0..BF would encode a surrogate
    } else if (c >= 0xf0 && c <= 0xf4) {
      length = 4;
      min = c == 0xf0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      max = c == 0xf4 ? 0x8f : 0xbf; // F4 90.. would be above U+10FFFF
    } else {
      throw invalid(b, i);
    }
    if (i + length > b.length) {
      throw invalid(b, i);
    }
    int second = b[i + 1] & 0xff;
    if (second < min || second > max) {
      throw invalid(b, i);
    }
    for (int j = i + 2; j < i + length; j++) {
      if ((b[j] & 0xc0) != 0x80) {
        throw invalid(b, i);
      }
    }
    return i + length;
  }

  private static MalformedJsonException invalid(byte[] b, int i) {
    return new MalformedJsonException(
        String.format("invalid UTF-8 at offset %d (byte 0x%02x)", i, b[i] & 0xff));
  }
}
