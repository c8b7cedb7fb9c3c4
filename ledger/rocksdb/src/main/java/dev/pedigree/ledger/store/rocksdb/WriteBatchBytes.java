package dev.pedigree.ledger.store.rocksdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts serialized as a RocksDB write batch, the form {@code new WriteBatch(byte[])} reads and
 * {@code WriteBatch.data()} writes (RocksDB's {@code db/write_batch.cc}): a 12-byte header, the
 * sequence number as a little-endian 64-bit integer (0: the write assigns it) and the count of
 * records as a little-endian 32-bit one, then each put as its type, its column family's id unless
 * it is the default family (id 0), and its key and value, each as a varint32 length and the
 * bytes. Handing RocksDB a whole batch this way costs one JNI call instead of one per put, each
 * of which copied its key and value into native memory and grew the native batch.
 */
final class WriteBatchBytes {
  private static final int HEADER = 12;
  /** {@code kTypeValue}: a put into the default column family. */
  private static final byte TYPE_VALUE = 0x1;
  /** {@code kTypeColumnFamilyValue}: a put into the family whose id follows. */
  private static final byte TYPE_COLUMN_FAMILY_VALUE = 0x5;

  private record Put(int family, byte[] key, byte[] value) {}

  private final List<Put> puts = new ArrayList<>();
  private long size = HEADER;

  /** Adds a put into the family with this id; the arrays are kept as they are, not copied. */
  void put(int family, byte[] key, byte[] value) {
    if (family < 0) {
      throw new IllegalArgumentException("column family id " + family);
    }
    puts.add(new Put(family, key, value));
    size += (family == 0 ? 1 : 1 + varintLength(family))
        + varintLength(key.length) + key.length + varintLength(value.length) + value.length;
  }

  /** The serialized batch, of exactly its length (RocksJava reads the array's length). */
  byte[] toByteArray() {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("write batch of " + size + " bytes");
    }
    byte[] out = new byte[(int) size];
    int count = puts.size();
    for (int i = 0; i < 4; i++) {
      out[8 + i] = (byte) (count >>> (8 * i));
    }
    int at = HEADER;
    for (Put put : puts) {
      if (put.family() == 0) {
        out[at++] = TYPE_VALUE;
      } else {
        out[at++] = TYPE_COLUMN_FAMILY_VALUE;
        at = writeVarint(out, at, put.family());
      }
      at = writeBytes(out, at, put.key());
      at = writeBytes(out, at, put.value());
    }
    return out;
  }

  private static int writeBytes(byte[] out, int at, byte[] bytes) {
    at = writeVarint(out, at, bytes.length);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }

  /** LEB128, as RocksDB's {@code PutVarint32}: seven bits a byte, low first, high bit = more. */
  private static int writeVarint(byte[] out, int at, int value) {
    while ((value & ~0x7f) != 0) {
      out[at++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out[at++] = (byte) value;
    return at;
  }

  private static int varintLength(int value) {
    int length = 1;
    while ((value & ~0x7f) != 0) {
      length++;
      value >>>= 7;
    }
    return length;
  }
}
