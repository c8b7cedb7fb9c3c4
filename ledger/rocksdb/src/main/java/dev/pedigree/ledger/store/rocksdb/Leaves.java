package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.LeafVisitor;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.Tail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/** Reads of the log itself: the head, leaf ranges, the tail and the structural check at open. */
final class Leaves {
  private final Path dir;
  private final Handles handles;

  Leaves(Path dir, Handles handles) {
    this.dir = dir;
    this.handles = handles;
  }

  Optional<Head> head() throws RocksDBException {
    byte[] value = handles.db.get(handles.cf(Family.META), Keys.META_HEAD);
    return value == null ? Optional.empty() : Optional.of(decodeHead(value));
  }

  long hashCount() throws RocksDBException {
    byte[] value = handles.db.get(handles.cf(Family.META), Keys.META_HASH_COUNT);
    return value == null ? 0 : Keys.u64(value, 0);
  }

  /** The head's size must be the number of leaves, and the hash count the number of hashes. */
  void checkStructure() throws RocksDBException, StoreException {
    long size = head().map(Head::treeSize).orElse(0L);
    String leaves = missingOrExtra(Family.LEAVES, size);
    if (leaves != null) {
      throw new StoreException(
          "store " + dir + " is damaged: its head says " + size + " leaves, but " + leaves);
    }
    long hashCount = hashCount();
    String hashes = missingOrExtra(Family.HASHES, hashCount);
    if (hashes != null) {
      throw new StoreException("store " + dir + " is damaged: it records " + hashCount
          + " stored hashes, but " + hashes);
    }
  }

  /** Whether keys {@code count-1} and {@code count} of a u64-keyed family break the count. */
  private String missingOrExtra(Family family, long count) throws RocksDBException {
    String noun = family == Family.LEAVES ? "leaf " : "hash ";
    if (count > 0 && handles.db.get(handles.cf(family), Keys.u64(count - 1)) == null) {
      return noun + (count - 1) + " is missing";
    }
    if (handles.db.get(handles.cf(family), Keys.u64(count)) != null) {
      return noun + count + " exists";
    }
    return null;
  }

  <X extends Exception> void forEach(long from, long to, LeafVisitor<X> visitor)
      throws RocksDBException, StoreException, X {
    try (Slice upper = new Slice(Keys.leaf(to));
        ReadOptions options = new ReadOptions().setIterateUpperBound(upper);
        RocksIterator it = handles.db.newIterator(handles.cf(Family.LEAVES), options)) {
      long want = from;
      for (it.seek(Keys.leaf(from)); it.isValid() && want < to; it.next(), want++) {
        if (Keys.u64(it.key(), 0) != want) {
          break;
        }
        visitor.visit(want, Bytes.copyOf(it.value()));
      }
      it.status();
      if (want != to) {
        throw new StoreException("store " + dir + " is damaged: leaf " + want + " is missing");
      }
    }
  }

  /** The head and the last {@code count} leaves, from one snapshot. */
  Optional<Tail> tail(int count) throws RocksDBException, StoreException {
    Snapshot snapshot = handles.db.getSnapshot();
    try (ReadOptions options = new ReadOptions().setSnapshot(snapshot)) {
      byte[] value = handles.db.get(handles.cf(Family.META), options, Keys.META_HEAD);
      if (value == null) {
        return Optional.empty();
      }
      Head head = decodeHead(value);
      long first = Math.max(0, head.treeSize() - count);
      List<Bytes> leaves = new ArrayList<>();
      for (long i = first; i < head.treeSize(); i++) {
        byte[] leaf = handles.db.get(handles.cf(Family.LEAVES), options, Keys.leaf(i));
        if (leaf == null) {
          throw new StoreException("store " + dir + " is damaged: leaf " + i + " is missing");
        }
        leaves.add(Bytes.copyOf(leaf));
      }
      return Optional.of(new Tail(head, first, leaves));
    } finally {
      handles.db.releaseSnapshot(snapshot);
    }
  }

  private static Head decodeHead(byte[] value) {
    return new Head(Keys.u64(value, 0), Bytes.copyOf(Arrays.copyOfRange(value, 8, 40)),
        new String(value, 40, value.length - 40, StandardCharsets.UTF_8));
  }
}
