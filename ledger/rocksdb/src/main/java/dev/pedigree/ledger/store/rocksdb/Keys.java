package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The byte layout of every key and of the composite values. Indexes are u64 big-endian so that
 * RocksDB's byte order is index order; text parts are ASCII (or UTF-8 paths) ended by NUL where
 * something follows them, which no part may contain.
 *
 * <pre>
 * leaves      u64 index                          → leaf bytes
 * hashes      u64 stored-hash index              → 32-byte hash
 * ids         entry id                           → u64 index
 * names       'v' folded 0x00 version            → u64 index
 *             's' folded                         → first spelling
 *             'i' folded 0x00 u64 index          → version
 * namespaces  namespace 0x00 folded              → first spelling
 * digests     sha256 u64 index path              → entry id
 * children    parent id u64 child index          → child id ‖ relation
 * targets     target id ('a' | 'r') u64 index    → (empty)
 * keys        'e' namespace 0x00 u64 index       → (empty)            key entries
 *             'b' keyid                          → binding (KeyBindings)
 *             's' keyid u64 index                → (empty)            entries signed
 * meta        "format"                           → u32 format version
 *             "head"                             → u64 size ‖ root ‖ checkpoint
 *             "hashcount"                        → u64 stored-hash count
 * </pre>
 */
final class Keys {
  static final byte[] EMPTY = new byte[0];
  static final byte[] META_FORMAT = ascii("format");
  static final byte[] META_HEAD = ascii("head");
  static final byte[] META_HASH_COUNT = ascii("hashcount");

  static final byte ATTESTATION = 'a';
  static final byte REVOCATION = 'r';

  private Keys() {}

  static byte[] u64(long value) {
    byte[] out = new byte[8];
    putU64(out, 0, value);
    return out;
  }

  static long u64(byte[] bytes, int offset) {
    return ByteBuffer.wrap(bytes, offset, 8).getLong();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static String ascii(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.US_ASCII);
  }

  /** Concatenates the parts; a {@code Bytes}, {@code byte[]}, {@code Long} (u64) or a byte. */
  static byte[] concat(Object... parts) {
    ByteBuffer out = ByteBuffer.allocate(length(parts));
    for (Object part : parts) {
      if (part instanceof byte[] b) {
        out.put(b);
      } else if (part instanceof Bytes b) {
        out.put(b.toByteArray());
      } else if (part instanceof Long l) {
        out.putLong(l);
      } else if (part instanceof Byte b) {
        out.put(b);
      } else {
        throw new IllegalArgumentException("cannot encode " + part.getClass());
      }
    }
    return out.array();
  }

  private static int length(Object... parts) {
    int n = 0;
    for (Object part : parts) {
      n += part instanceof byte[] b ? b.length
          : part instanceof Bytes b ? b.length()
          : part instanceof Long ? 8 : 1;
    }
    return n;
  }

  static byte[] leaf(long index) {
    return u64(index);
  }

  static byte[] hash(long storedIndex) {
    return u64(storedIndex);
  }

  static byte[] modelVersion(String folded, String version) {
    return modelVersion(ascii(folded), ascii(version));
  }

  /**
   * {@link #modelVersion(String, String)} of the parts' {@link #ascii(String)} bytes. Here and
   * below, the NUL after a text part is the new array's zero.
   */
  static byte[] modelVersion(byte[] folded, byte[] version) {
    byte[] out = new byte[2 + folded.length + version.length];
    out[0] = 'v';
    System.arraycopy(folded, 0, out, 1, folded.length);
    System.arraycopy(version, 0, out, 2 + folded.length, version.length);
    return out;
  }

  static byte[] spelling(String folded) {
    return spelling(ascii(folded));
  }

  /** {@link #spelling(String)} of the name's {@link #ascii(String)} bytes. */
  static byte[] spelling(byte[] folded) {
    byte[] out = new byte[1 + folded.length];
    out[0] = 's';
    System.arraycopy(folded, 0, out, 1, folded.length);
    return out;
  }

  static byte[] versionsPrefix(String folded) {
    return concat((byte) 'i', ascii(folded), (byte) 0);
  }

  /** {@code versionsPrefix(folded) ‖ u64 index}: a version of a name, in index order. */
  static byte[] version(String folded, long index) {
    return version(ascii(folded), index);
  }

  /** {@link #version(String, long)} of the name's {@link #ascii(String)} bytes. */
  static byte[] version(byte[] folded, long index) {
    byte[] out = new byte[10 + folded.length];
    out[0] = 'i';
    System.arraycopy(folded, 0, out, 1, folded.length);
    putU64(out, 2 + folded.length, index);
    return out;
  }

  static byte[] modelsPrefix(String namespace) {
    return concat(ascii(namespace), (byte) 0);
  }

  /** {@code modelsPrefix(namespace) ‖ folded}: a model name of a namespace. */
  static byte[] model(String namespace, String folded) {
    return model(ascii(namespace), ascii(folded));
  }

  /** {@link #model(String, String)} of the parts' {@link #ascii(String)} bytes. */
  static byte[] model(byte[] namespace, byte[] folded) {
    byte[] out = new byte[1 + namespace.length + folded.length];
    System.arraycopy(namespace, 0, out, 0, namespace.length);
    System.arraycopy(folded, 0, out, 1 + namespace.length, folded.length);
    return out;
  }

  static byte[] keyEntriesPrefix(String namespace) {
    return concat((byte) 'e', ascii(namespace), (byte) 0);
  }

  static byte[] binding(Bytes keyId) {
    return concat((byte) 'b', keyId);
  }

  static byte[] signedByPrefix(Bytes keyId) {
    return concat((byte) 's', keyId);
  }

  /** {@code signedByPrefix(keyId) ‖ u64 index}: an entry signed by a key. */
  static byte[] signedBy(byte[] keyId, long index) {
    byte[] out = new byte[9 + keyId.length];
    out[0] = 's';
    System.arraycopy(keyId, 0, out, 1, keyId.length);
    putU64(out, 1 + keyId.length, index);
    return out;
  }

  static byte[] targetsPrefix(Bytes targetId, byte kind) {
    return concat(targetId, kind);
  }

  /** {@code id ‖ u64 index ‖ tail}: the digests', children's and targets' keys and values. */
  static byte[] idIndex(byte[] id, long index, byte[] tail) {
    byte[] out = new byte[id.length + 8 + tail.length];
    System.arraycopy(id, 0, out, 0, id.length);
    putU64(out, id.length, index);
    System.arraycopy(tail, 0, out, id.length + 8, tail.length);
    return out;
  }

  /** Writes {@code value} big-endian at {@code at}. */
  private static void putU64(byte[] out, int at, long value) {
    for (int i = 7; i >= 0; i--) {
      out[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  /** The smallest key greater than every key starting with {@code prefix}; null if none. */
  static byte[] successor(byte[] prefix) {
    byte[] next = prefix.clone();
    for (int i = next.length - 1; i >= 0; i--) {
      if (next[i] != (byte) 0xff) {
        next[i]++;
        return java.util.Arrays.copyOf(next, i + 1);
      }
    }
    return null;
  }
}
