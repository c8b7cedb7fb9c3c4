package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.store.InvalidCursorException;
import java.util.Base64;

/**
 * Paging cursors: the key suffix (after the query's prefix) of the first item of the next page,
 * in unpadded base64url. Opaque to callers; any suffix is safe to seek to, since a scan never
 * leaves its prefix.
 */
final class Cursors {
  /** Longest suffix: u64 index and a 4,096-byte path (the digests family). */
  private static final int MAX_SUFFIX = 8 + 4096;

  private Cursors() {}

  static String encode(byte[] suffix) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(suffix);
  }

  static byte[] decode(String cursor) throws InvalidCursorException {
    byte[] suffix;
    try {
      suffix = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException("cursor " + abbreviate(cursor) + " is not base64url");
    }
    if (suffix.length == 0 || suffix.length > MAX_SUFFIX || !encode(suffix).equals(cursor)) {
      throw new InvalidCursorException("cursor " + abbreviate(cursor) + " was not issued here");
    }
    return suffix;
  }

  private static String abbreviate(String cursor) {
    return cursor.length() <= 40 ? "\"" + cursor + "\"" : "\"" + cursor.substring(0, 40) + "...\"";
  }
}
