package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.store.InvalidCursorException;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/** Prefix scans over one column family: pages, whole lists, counts and the last key. */
final class Scan {
  /** Turns one key suffix (the key after the prefix) and its value into an item. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(byte[] suffix, byte[] value);
  }

  private final RocksDB db;
  private final ColumnFamilyHandle cf;
  private final byte[] prefix;

  Scan(RocksDB db, ColumnFamilyHandle cf, byte[] prefix) {
    this.db = db;
    this.cf = cf;
    this.prefix = prefix;
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > Store.MAX_PAGE) {
      throw new IllegalArgumentException("limit " + limit + ", want 1 to " + Store.MAX_PAGE);
    }
  }

  /** Up to {@code limit} items from the cursor on; the next cursor names the first item left. */
  <T> Page<T> page(Optional<String> cursor, int limit, Decoder<T> decoder)
      throws InvalidCursorException, RocksDBException {
    checkLimit(limit);
    byte[] start = prefix;
    if (cursor.isPresent()) {
      start = Keys.concat(prefix, Cursors.decode(cursor.get()));
    }
    List<T> items = new ArrayList<>();
    Optional<String> next = Optional.empty();
    try (Bounded it = new Bounded()) {
      for (it.iterator.seek(start); it.iterator.isValid(); it.iterator.next()) {
        byte[] suffix = suffix(it.iterator.key());
        if (items.size() == limit) {
          next = Optional.of(Cursors.encode(suffix));
          break;
        }
        items.add(decoder.decode(suffix, it.iterator.value()));
      }
      it.iterator.status();
    }
    return new Page<>(items, next);
  }

  /** Every item; for families where a prefix holds few keys (revocations, key entries). */
  <T> List<T> all(Decoder<T> decoder) throws RocksDBException {
    List<T> items = new ArrayList<>();
    try (Bounded it = new Bounded()) {
      for (it.iterator.seek(prefix); it.iterator.isValid(); it.iterator.next()) {
        items.add(decoder.decode(suffix(it.iterator.key()), it.iterator.value()));
      }
      it.iterator.status();
    }
    return items;
  }

  long count() throws RocksDBException {
    long n = 0;
    try (Bounded it = new Bounded()) {
      for (it.iterator.seek(prefix); it.iterator.isValid(); it.iterator.next()) {
        n++;
      }
      it.iterator.status();
    }
    return n;
  }

  /** The u64 index ending the last key under the prefix. */
  OptionalLong lastIndex() throws RocksDBException {
    try (Bounded it = new Bounded()) {
      it.iterator.seekToLast();
      it.iterator.status();
      // The upper bound stops the scan from above only: the last key below it may belong to an
      // earlier prefix.
      if (!it.iterator.isValid() || !startsWithPrefix(it.iterator.key())) {
        return OptionalLong.empty();
      }
      byte[] key = it.iterator.key();
      return OptionalLong.of(Keys.u64(key, key.length - 8));
    }
  }

  private boolean startsWithPrefix(byte[] key) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  private byte[] suffix(byte[] key) {
    return Arrays.copyOfRange(key, prefix.length, key.length);
  }

  /** An iterator that cannot leave the prefix, with its read options and bound. */
  private final class Bounded implements AutoCloseable {
    private final Slice upper;
    private final ReadOptions options;
    final RocksIterator iterator;

    Bounded() {
      byte[] successor = Keys.successor(prefix);
      upper = successor == null ? null : new Slice(successor);
      options = new ReadOptions();
      if (upper != null) {
        options.setIterateUpperBound(upper);
      }
      iterator = db.newIterator(cf, options);
    }

    @Override
    public void close() {
      iterator.close();
      options.close();
      if (upper != null) {
        upper.close();
      }
    }
  }
}
