package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The lexical rules of C2SP signed-note shared by keys, signers and notes, as Go's note applies
 * them.
 */
final class NoteSyntax {
  private NoteSyntax() {}

  /**
   * Why the key name is invalid, or null when it is valid. C2SP signed-note §Format: non-empty, no
   * Unicode spaces, no plus; Go's {@code isValidName} uses {@code unicode.IsSpace}.
   */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "key name is empty";
    }
    String unpaired = unpairedSurrogate(name);
    if (unpaired != null) {
      return "key name " + unpaired;
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (cp == '+') {
        return "key name contains '+' at offset " + i;
      }
      if (isGoSpace(cp)) {
        return String.format("key name contains space U+%04X at offset %d", cp, i);
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  /**
   * Go's {@code unicode.IsSpace}: the White_Space property, i.e. TAB..CR, NEL, and the space, line
   * and paragraph separators (Zs, Zl, Zp).
   */
  static boolean isGoSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || Character.isSpaceChar(cp);
  }

  /**
   * Why the text breaks the note character rules, or null. C2SP signed-note §Format: valid UTF-8 (a
   * Java string is valid unless it holds an unpaired surrogate), no ASCII control character other
   * than newline.
   */
  static String textProblem(String text) {
    String unpaired = unpairedSurrogate(text);
    if (unpaired != null) {
      return "note " + unpaired;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n') {
        return String.format("note contains control character U+%04X at offset %d", (int) c, i);
      }
    }
    return null;
  }

  private static String unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "is not valid UTF-8 (unpaired surrogate at offset " + i + ")";
      }
    }
    return null;
  }

  /** C2SP signed-note key ID: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian. */
  static int keyId(String name, byte type, byte[] publicKey) {
    byte[] hash =
        Sha256.hash(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', type}, publicKey);
    return ByteBuffer.wrap(hash).getInt();
  }

  /**
   * An unsigned 64-bit decimal without sign or leading zeros (tlog-checkpoint §Note text,
   * tlog-proof §Format), or null when the text is not one.
   */
  static Long unsignedDecimal(String text) {
    if (text.isEmpty() || text.length() > 20 || (text.charAt(0) == '0' && text.length() > 1)) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      return null; // 20 digits above 2^64 - 1
    }
  }
}
