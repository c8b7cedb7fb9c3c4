package dev.pedigree.ledger.crypto;

import java.util.HexFormat;

/** Lowercase hexadecimal, the only form digests take in JSON (DESIGN A1). */
public final class Hex {
  private static final HexFormat LOWER = HexFormat.of();

  private Hex() {}

  public static String encode(byte[] bytes) {
    return LOWER.formatHex(bytes);
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
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new IllegalArgumentException("not lowercase hex at offset " + i);
      }
    }
    return LOWER.parseHex(hex);
  }

  /** True when the text is exactly {@code length} bytes of lowercase hex. */
  public static boolean isLowerHex(String text, int length) {
    if (text == null || text.length() != 2 * length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
