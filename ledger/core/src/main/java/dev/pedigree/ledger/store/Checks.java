package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The shape checks the store's key layouts rely on. The ledger's rules (name syntax, folding,
 * path rules of DESIGN A4) are checked before an entry reaches the store; these only keep a value
 * that would corrupt a key (an empty part, a NUL separator, a wrong digest length) out.
 */
final class Checks {
  private Checks() {}

  static Bytes digest(String what, Bytes value) {
    Objects.requireNonNull(value, what);
    if (value.length() != 32) {
      throw new IllegalArgumentException(what + " of " + value.length() + " bytes, want 32");
    }
    return value;
  }

  /** Printable ASCII without spaces: namespaces, folded names, versions, relations. */
  static String token(String what, String value, int maxLength) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          what + " of " + value.length() + " characters, want 1 to " + maxLength);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            what + " has character U+" + String.format("%04X", (int) c) + " at " + i
                + ", want printable ASCII");
      }
    }
    return value;
  }

  /** A file path: 1 to 4,096 UTF-8 bytes without NUL (DESIGN A4 forbids all C0 controls). */
  static String path(String value) {
    Objects.requireNonNull(value, "path");
    int length = value.getBytes(StandardCharsets.UTF_8).length;
    if (length == 0 || length > 4096) {
      throw new IllegalArgumentException("path of " + length + " bytes, want 1 to 4096");
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("path holds NUL");
    }
    return value;
  }

  static long index(String what, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " " + Long.toUnsignedString(value)
          + " is beyond 2^63-1");
    }
    return value;
  }
}
