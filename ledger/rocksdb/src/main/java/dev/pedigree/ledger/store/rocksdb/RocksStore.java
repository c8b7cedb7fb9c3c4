package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.LeafVisitor;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.Tail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * The {@link Store} on RocksDB, one column family per index (DESIGN B4, layouts in {@link Keys}).
 *
 * <p>Thread-safety: RocksDB's database and column-family handles are thread-safe, and a
 * {@code WriteBatch} becomes visible to readers at once, whole; every read here opens its own
 * read options and iterator. {@link #append} is serialised by a lock. A read-write lock keeps
 * {@link #close()} from freeing native handles under a running call (which would crash the JVM);
 * calls after close throw {@link StoreException}.
 */
public final class RocksStore implements Store {
  private final Path dir;
  private final Handles handles;
  private final ReentrantLock writer = new ReentrantLock();
  private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
  private boolean closed;

  private RocksStore(Path dir, Handles handles) {
    this.dir = dir;
    this.handles = handles;
  }

  /**
   * Opens the store in {@code dir}, creating it when the directory is missing or empty. Refuses a
   * non-empty directory that is not a store, a store of another format version, and a store whose
   * head does not match its leaves and hashes.
   */
  public static RocksStore open(Path dir) throws StoreException {
    RocksStore store = new RocksStore(dir, StoreDirectory.open(dir));
    try {
      store.checkStructure();
      return store;
    } catch (StoreException e) {
      store.close();
      throw e;
    }
  }

  /** The head's size must be the number of leaves, and the hash count the number of hashes. */
  private void checkStructure() throws StoreException {
    long size = size();
    long hashCount = storedHashCount();
    byte[] lastLeaf = size == 0 ? new byte[1] : get(Family.LEAVES, Keys.leaf(size - 1));
    if (lastLeaf == null || get(Family.LEAVES, Keys.leaf(size)) != null) {
      throw new StoreException("store " + dir + " is damaged: its head says " + size
          + " leaves, but leaf " + (lastLeaf == null ? (size - 1) + " is missing"
              : size + " exists"));
    }
    byte[] lastHash = hashCount == 0 ? new byte[1] : get(Family.HASHES, Keys.hash(hashCount - 1));
    if (lastHash == null || get(Family.HASHES, Keys.hash(hashCount)) != null) {
      throw new StoreException("store " + dir + " is damaged: it records " + hashCount
          + " stored hashes, but hash " + (lastHash == null ? (hashCount - 1) + " is missing"
              : hashCount + " exists"));
    }
  }

  @Override
  public void append(AppendBatch batch) throws StoreException {
    writer.lock();
    try {
      call(() -> {
        Appender.append(handles, readHead(), readHashCount(), batch);
        return null;
      });
    } finally {
      writer.unlock();
    }
  }

  @Override
  public Optional<Head> head() throws StoreException {
    return call(this::readHead);
  }

  @Override
  public long size() throws StoreException {
    return head().map(Head::treeSize).orElse(0L);
  }

  @Override
  public long storedHashCount() throws StoreException {
    return call(this::readHashCount);
  }

  @Override
  public Optional<Bytes> leaf(long index) throws StoreException {
    requireIndex(index);
    return Optional.ofNullable(get(Family.LEAVES, Keys.leaf(index))).map(Bytes::copyOf);
  }

  @Override
  public <X extends Exception> void forEachLeaf(long from, long to, LeafVisitor<X> visitor)
      throws StoreException, X {
    long size = size();
    if (from < 0 || from > to || to > size) {
      throw new IllegalArgumentException(
          "leaf range [" + from + ", " + to + ") out of [0, " + size + ")");
    }
    open.readLock().lock();
    try {
      requireOpen();
      try (Slice upper = new Slice(Keys.leaf(to));
          ReadOptions options = new ReadOptions().setIterateUpperBound(upper);
          RocksIterator it = handles.db.newIterator(handles.cf(Family.LEAVES), options)) {
        long want = from;
        for (it.seek(Keys.leaf(from)); it.isValid() && want < to; it.next(), want++) {
          long got = Keys.u64(it.key(), 0);
          if (got != want) {
            throw new StoreException("store " + dir + " is damaged: leaf " + want + " is missing");
          }
          visitor.visit(got, Bytes.copyOf(it.value()));
        }
        it.status();
        if (want != to) {
          throw new StoreException("store " + dir + " is damaged: leaf " + want + " is missing");
        }
      } catch (RocksDBException e) {
        throw failure(e);
      }
    } finally {
      open.readLock().unlock();
    }
  }

  @Override
  public List<Bytes> readHashes(long[] storedIndexes) throws StoreException {
    List<byte[]> keys = new ArrayList<>(storedIndexes.length);
    for (long index : storedIndexes) {
      requireIndex(index);
      keys.add(Keys.hash(index));
    }
    List<byte[]> values = call(() -> handles.db.multiGetAsList(
        Collections.nCopies(keys.size(), handles.cf(Family.HASHES)), keys));
    List<Bytes> hashes = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).length != 32) {
        throw new StoreException("stored hash " + storedIndexes[i] + " is missing from store "
            + dir + " (" + storedHashCount() + " stored hashes)");
      }
      hashes.add(Bytes.copyOf(values.get(i)));
    }
    return hashes;
  }

  @Override
  public Optional<Tail> tail(int count) throws StoreException {
    if (count < 0) {
      throw new IllegalArgumentException("tail of " + count + " leaves");
    }
    return call(() -> {
      Snapshot snapshot = handles.db.getSnapshot();
      try (ReadOptions options = new ReadOptions().setSnapshot(snapshot)) {
        byte[] head = handles.db.get(handles.cf(Family.META), options, Keys.META_HEAD);
        if (head == null) {
          return Optional.empty();
        }
        Head decoded = decodeHead(head);
        long first = Math.max(0, decoded.treeSize() - count);
        List<Bytes> leaves = new ArrayList<>();
        for (long i = first; i < decoded.treeSize(); i++) {
          byte[] leaf = handles.db.get(handles.cf(Family.LEAVES), options, Keys.leaf(i));
          if (leaf == null) {
            throw new StoreException("store " + dir + " is damaged: leaf " + i + " is missing");
          }
          leaves.add(Bytes.copyOf(leaf));
        }
        return Optional.of(new Tail(decoded, first, leaves));
      } finally {
        handles.db.releaseSnapshot(snapshot);
      }
    });
  }

  @Override
  public OptionalLong indexOf(Bytes id) throws StoreException {
    byte[] value = get(Family.IDS, id.toByteArray());
    return value == null ? OptionalLong.empty() : OptionalLong.of(Keys.u64(value, 0));
  }

  @Override
  public Page<DigestHit> entriesWithDigest(Bytes sha256, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.DIGESTS, sha256.toByteArray()).page(cursor, limit,
        (suffix, value) -> new DigestHit(Keys.u64(suffix, 0), Bytes.copyOf(value),
            new String(suffix, 8, suffix.length - 8, StandardCharsets.UTF_8))));
  }

  @Override
  public Page<ChildLink> children(Bytes parentId, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.CHILDREN, parentId.toByteArray()).page(cursor, limit,
        (suffix, value) -> new ChildLink(Keys.u64(suffix, 0),
            Bytes.copyOf(Arrays.copyOf(value, 32)), Keys.ascii(value, 32, value.length - 32))));
  }

  @Override
  public long childCount(Bytes parentId) throws StoreException {
    return call(() -> scan(Family.CHILDREN, parentId.toByteArray()).count());
  }

  @Override
  public Page<Long> attestations(Bytes targetId, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.TARGETS, Keys.targetsPrefix(targetId, Keys.ATTESTATION))
        .page(cursor, limit, (suffix, value) -> Keys.u64(suffix, 0)));
  }

  @Override
  public List<Long> revocations(Bytes targetId) throws StoreException {
    return call(() -> scan(Family.TARGETS, Keys.targetsPrefix(targetId, Keys.REVOCATION))
        .all((suffix, value) -> Keys.u64(suffix, 0)));
  }

  @Override
  public OptionalLong modelVersion(String folded, String version) throws StoreException {
    byte[] value = get(Family.NAMES, Keys.modelVersion(folded, version));
    return value == null ? OptionalLong.empty() : OptionalLong.of(Keys.u64(value, 0));
  }

  @Override
  public Optional<String> spelling(String folded) throws StoreException {
    return Optional.ofNullable(get(Family.NAMES, Keys.spelling(folded)))
        .map(v -> Keys.ascii(v, 0, v.length));
  }

  @Override
  public Page<ModelVersion> versions(String folded, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.NAMES, Keys.versionsPrefix(folded)).page(cursor, limit,
        (suffix, value) -> new ModelVersion(Keys.u64(suffix, 0),
            Keys.ascii(value, 0, value.length))));
  }

  @Override
  public Page<ModelListing> models(String namespace, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.NAMESPACES, Keys.modelsPrefix(namespace)).page(cursor, limit,
        (suffix, value) -> new ModelListing(Keys.ascii(suffix, 0, suffix.length),
            Keys.ascii(value, 0, value.length))));
  }

  @Override
  public List<Long> keyEntries(String namespace) throws StoreException {
    return call(() -> scan(Family.KEYS, Keys.keyEntriesPrefix(namespace))
        .all((suffix, value) -> Keys.u64(suffix, 0)));
  }

  @Override
  public OptionalLong latestKeyEntry(String namespace) throws StoreException {
    return call(() -> scan(Family.KEYS, Keys.keyEntriesPrefix(namespace)).lastIndex());
  }

  @Override
  public Optional<KeyBinding> keyBinding(Bytes keyId) throws StoreException {
    return Optional.ofNullable(get(Family.KEYS, Keys.binding(keyId)))
        .map(v -> KeyBindings.decode(keyId, v));
  }

  @Override
  public Page<Long> entriesSignedBy(Bytes keyId, Optional<String> cursor, int limit)
      throws StoreException {
    return call(() -> scan(Family.KEYS, Keys.signedByPrefix(keyId))
        .page(cursor, limit, (suffix, value) -> Keys.u64(suffix, 0)));
  }

  @Override
  public void close() {
    open.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        handles.close();
      }
    } finally {
      open.writeLock().unlock();
    }
  }

  // ---- plumbing ----------------------------------------------------------------------------

  /** A read or write against the open database. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws RocksDBException, StoreException;
  }

  private <T> T call(Call<T> body) throws StoreException {
    open.readLock().lock();
    try {
      requireOpen();
      return body.run();
    } catch (RocksDBException e) {
      throw failure(e);
    } finally {
      open.readLock().unlock();
    }
  }

  private byte[] get(Family family, byte[] key) throws StoreException {
    return call(() -> handles.db.get(handles.cf(family), key));
  }

  private Scan scan(Family family, byte[] prefix) {
    ColumnFamilyHandle cf = handles.cf(family);
    return new Scan(handles.db, cf, prefix);
  }

  private Optional<Head> readHead() throws RocksDBException {
    byte[] value = handles.db.get(handles.cf(Family.META), Keys.META_HEAD);
    return value == null ? Optional.empty() : Optional.of(decodeHead(value));
  }

  private long readHashCount() throws RocksDBException {
    byte[] value = handles.db.get(handles.cf(Family.META), Keys.META_HASH_COUNT);
    return value == null ? 0 : Keys.u64(value, 0);
  }

  private static Head decodeHead(byte[] value) {
    return new Head(Keys.u64(value, 0), Bytes.copyOf(Arrays.copyOfRange(value, 8, 40)),
        new String(value, 40, value.length - 40, StandardCharsets.UTF_8));
  }

  private void requireOpen() throws StoreException {
    if (closed) {
      throw new StoreException("store " + dir + " is closed");
    }
  }

  private static void requireIndex(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + Long.toUnsignedString(index)
          + " is beyond 2^63-1");
    }
  }

  private StoreException failure(RocksDBException e) {
    return new StoreException("store " + dir + ": " + e.getMessage(), e);
  }
}
