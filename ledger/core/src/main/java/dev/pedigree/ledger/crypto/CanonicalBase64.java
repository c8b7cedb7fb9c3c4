package dev.pedigree.ledger.crypto;

import java.util.Base64;

/**
 * Standard padded base64 (RFC 4648 §4) in its canonical form only (DESIGN A1): decoding and
 * re-encoding must give the same text, so non-zero trailing bits, missing padding, URL-safe
 * letters, whitespace and line breaks are all refused.
 */
public final class CanonicalBase64 {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private CanonicalBase64() {}

  public static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Decodes canonical base64.
   *
   * @throws Base64Exception when the text is not canonical standard padded base64
   */
  public static byte[] decode(String text) throws Base64Exception {
    if (text.length() % 4 != 0) {
      throw new Base64Exception("base64 of " + text.length() + " characters is not padded");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new Base64Exception("not standard base64: " + e.getMessage());
    }
    // The decoder above refused every character outside the alphabet and padding anywhere but at
    // the end, and the length is a multiple of 4: what is left to make the text differ from the
    // encoding of its bytes is a non-zero bit below the last byte, in the last character before
    // the padding (4 such bits before "==", 2 before "=").
    int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    if (padding > 0) {
      int last = ALPHABET.indexOf(text.charAt(text.length() - padding - 1));
      if ((last & (padding == 2 ? 0x0f : 0x03)) != 0) {
        throw new Base64Exception("base64 is not canonical (non-zero trailing bits)");
      }
    }
    return bytes;
  }
}
