package dev.pedigree.ledger.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lowercase hexadecimal, the only form digests take in JSON (DESIGN A1). Every submission carries
 * several (its id, keyids, file digests), each checked, decoded and encoded a few times: this is
 * written with lookup tables rather than through {@code HexFormat}.
 */
public final class Hex {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The value of each lowercase hex digit below 128; -1 for every other character. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < DIGITS.length; i++) {
      VALUES[DIGITS[i]] = (byte) i;
    }
  }

  private Hex() {}

  public static String encode(byte[] bytes) {
    byte[] text = new byte[2 * bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(text, StandardCharsets.ISO_8859_1);
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
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (value(hex, 2 * i) << 4 | value(hex, 2 * i + 1));
    }
    return bytes;
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

  private static int value(String hex, int i) {
    char c = hex.charAt(i);
    int value = c < VALUES.length ? VALUES[c] : -1;
    if (value < 0) {
      throw new IllegalArgumentException("not lowercase hex at offset " + i);
    }
    return value;
  }
}
