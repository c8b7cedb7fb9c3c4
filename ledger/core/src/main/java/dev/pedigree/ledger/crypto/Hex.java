package dev.pedigree.ledger.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Lowercase hexadecimal, the only form digests take in JSON (DESIGN A1). Table-driven: ids and
 * digests are encoded and decoded on every read path, often by the hundred thousand.
 */
public final class Hex {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The value of each lowercase hex digit by character, -1 for everything else. */
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < DIGITS.length; i++) {
      VALUES[DIGITS[i]] = (byte) i;
    }
  }

  private Hex() {}

  public static String encode(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    encode(bytes, out, 0);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes the lowercase hex of {@code bytes} as ASCII into {@code out} from {@code offset};
   * returns the offset after it.
   */
  public static int encode(byte[] bytes, byte[] out, int offset) {
    int at = offset;
    for (byte b : bytes) {
      out[at++] = DIGITS[(b >> 4) & 0xf];
      out[at++] = DIGITS[b & 0xf];
    }
    return at;
  }

  /**
   * Decodes lowercase hex of an exact length in bytes.
   *
   * @throws IllegalArgumentException naming what was wrong, when the text is not {@code length}
   *     bytes of lowercase hex
   */
  public static byte[] decode(String hex, int length) {
    if (hex.length() != 2 * length) {
      throw new IllegalArgumentException(
          "hex of " + hex.length() + " characters, want " + (2 * length));
    }
    return decode(hex);
  }

  /** Decodes lowercase hex of any even length; upper-case letters are refused. */
  public static byte[] decode(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("hex of odd length " + hex.length());
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int high = value(hex, 2 * i);
      int low = value(hex, 2 * i + 1);
      out[i] = (byte) (high << 4 | low);
    }
    return out;
  }

  /** True when the text is exactly {@code length} bytes of lowercase hex. */
  public static boolean isLowerHex(String text, int length) {
    if (text == null || text.length() != 2 * length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= VALUES.length || VALUES[c] < 0) {
        return false;
      }
    }
    return true;
  }

  private static int value(String hex, int offset) {
    char c = hex.charAt(offset);
    int v = c < VALUES.length ? VALUES[c] : -1;
    if (v < 0) {
      throw new IllegalArgumentException("not lowercase hex at offset " + offset);
    }
    return v;
  }
}
