package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.ChildVisitor;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.LeafVisitor;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
import dev.pedigree.ledger.store.Tail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The {@link Store} on RocksDB, one column family per index (DESIGN B4, layouts in {@link Keys}).
 *
 * <p>Thread-safety: RocksDB's database and column-family handles are thread-safe, and a
 * {@code WriteBatch} becomes visible to readers at once, whole; every read here opens its own
 * read options and iterator. {@link #append} is serialised by a lock. A read-write lock keeps
 * {@link #close()} from freeing native handles under a running call (which would crash the JVM);
 * calls after close throw {@link StoreException}.
 *
 * <p>Held in memory, since nothing but an append changes them: the head, the latest stored hashes
 * ({@link HashCache}), the revocations of the latest entries ({@link RecentEntries}) and the keys
 * found absent since the last append ({@link Absences}).
 */
public final class RocksStore implements Store {
  private final Path dir;
  private final Handles handles;
  private final Guard guard;
  private final Leaves leaves;
  private final ReentrantLock writer = new ReentrantLock();
  private final HashCache hashCache = new HashCache();
  private final RecentEntries recent = new RecentEntries();
  /** Told of each durable append's entries (see {@link #onAppended}). */
  private volatile Consumer<List<StoredEntry>> appendListener = entries -> {};
  /** Keys found absent since the last append; replaced by every append. */
  private volatile Absences absences = new Absences();
  /**
   * The head as of the last durable append (or as read at open): head reads, the most frequent of
   * all (every checkpoint and proof request), are served from memory. Written only under {@link
   * #writer}, after the batch is durable, so it never runs ahead of the store.
   */
  private volatile Head head;

  private RocksStore(Path dir, Handles handles) {
    this.dir = dir;
    this.handles = handles;
    this.guard = new Guard(dir, handles);
    this.leaves = new Leaves(dir, handles);
  }

  /**
   * Opens the store in {@code dir}, creating it when the directory is missing or empty. Refuses a
   * non-empty directory that is not a store, a store of another format version, and a store whose
   * head does not match its leaves and hashes.
   */
  public static RocksStore open(Path dir) throws StoreException {
    RocksStore store = new RocksStore(dir, StoreDirectory.open(dir));
    try {
      store.call(() -> {
        store.leaves.checkStructure();
        store.head = store.leaves.head().orElse(null);
        return null;
      });
      return store;
    } catch (StoreException e) {
      store.close();
      throw e;
    }
  }

  @Override
  public void append(AppendBatch batch) throws StoreException {
    writer.lock();
    try {
      Absences known = absences;
      try {
        call(() -> {
          Appender.append(handles, Optional.ofNullable(head), leaves.hashCount(), batch, known);
          return null;
        });
      } finally {
        absences = new Absences();
      }
      hashCache.putAll(batch.firstHashIndex(), batch.hashes());
      recent.appended(batch.entries());
      tellAppended(batch.entries());
      head = new Head(batch.treeSize(), batch.root(), batch.checkpoint());
    } finally {
      writer.unlock();
    }
  }

  /**
   * Calls {@code listener} with the entries of every later durable append, on the writer's thread
   * under its lock, before the new size is visible to readers: a reader that has read a size finds
   * the listener told of every entry below it. It must be quick (it delays every append) and
   * should not throw; what it throws is dropped, the batch being durable whatever it does.
   */
  public void onAppended(Consumer<List<StoredEntry>> listener) {
    appendListener = Objects.requireNonNull(listener, "listener");
  }

  private void tellAppended(List<StoredEntry> entries) {
    try {
      appendListener.accept(entries);
    } catch (RuntimeException e) {
      // The batch is durable and the head must follow it; the listener sees the gap next time.
    }
  }

  @Override
  public Optional<Head> head() throws StoreException {
    return call(() -> Optional.ofNullable(head));
  }

  @Override
  public long size() throws StoreException {
    return head().map(Head::treeSize).orElse(0L);
  }

  @Override
  public long storedHashCount() throws StoreException {
    return call(leaves::hashCount);
  }

  @Override
  public Optional<Bytes> leaf(long index) throws StoreException {
    requireIndex(index);
    return Optional.ofNullable(get(Family.LEAVES, Keys.leaf(index))).map(Bytes::copyOf);
  }

  @Override
  public List<Bytes> leaves(long from, long to) throws StoreException {
    if (to - from > MAX_PAGE) {
      throw new IllegalArgumentException(
          "leaf range [" + from + ", " + to + ") of more than " + MAX_PAGE + " leaves");
    }
    List<Bytes> leaves = new ArrayList<>();
    forEachLeaf(from, to, (index, leaf) -> leaves.add(leaf));
    return leaves;
  }

  @Override
  public <X extends Exception> void forEachLeaf(long from, long to, LeafVisitor<X> visitor)
      throws StoreException, X {
    long size = size();
    if (from < 0 || from > to || to > size) {
      throw new IllegalArgumentException(
          "leaf range [" + from + ", " + to + ") out of [0, " + size + ")");
    }
    this.<Void, X>call(() -> {
      leaves.forEach(from, to, visitor);
      return null;
    });
  }

  /** Reads what the cache does not hold in one multi-get, and keeps it. */
  @Override
  public List<Bytes> readHashes(long[] storedIndexes) throws StoreException {
    Bytes[] hashes = new Bytes[storedIndexes.length];
    int[] missing = new int[storedIndexes.length];
    int missingCount = 0;
    for (int i = 0; i < storedIndexes.length; i++) {
      requireIndex(storedIndexes[i]);
      hashes[i] = hashCache.get(storedIndexes[i]);
      if (hashes[i] == null) {
        missing[missingCount++] = i;
      }
    }
    if (missingCount > 0) {
      List<byte[]> keys = new ArrayList<>(missingCount);
      for (int k = 0; k < missingCount; k++) {
        keys.add(Keys.hash(storedIndexes[missing[k]]));
      }
      List<byte[]> values = call(() -> handles.db.multiGetAsList(
          Collections.nCopies(keys.size(), handles.cf(Family.HASHES)), keys));
      for (int k = 0; k < missingCount; k++) {
        long index = storedIndexes[missing[k]];
        byte[] value = values.get(k);
        if (value == null || value.length != 32) {
          throw new StoreException("stored hash " + index + " is missing from store "
              + dir + " (" + storedHashCount() + " stored hashes)");
        }
        Bytes hash = Bytes.copyOf(value);
        hashCache.put(index, hash);
        hashes[missing[k]] = hash;
      }
    }
    return List.of(hashes);
  }

  @Override
  public Optional<Tail> tail(int count) throws StoreException {
    if (count < 0) {
      throw new IllegalArgumentException("tail of " + count + " leaves");
    }
    return call(() -> leaves.tail(count));
  }

  @Override
  public OptionalLong indexOf(Bytes id) throws StoreException {
    byte[] value = getOrAbsent(Family.IDS, id.toByteArray());
    return value == null ? OptionalLong.empty() : OptionalLong.of(Keys.u64(value, 0));
  }

  /** One multi-get for the ids not known to be absent. */
  @Override
  public List<OptionalLong> indexesOf(List<Bytes> ids) throws StoreException {
    List<byte[]> keys = new ArrayList<>(ids.size());
    for (Bytes id : ids) {
      keys.add(id.toByteArray());
    }
    List<byte[]> values = getAllOrAbsent(Family.IDS, keys);
    List<OptionalLong> indexes = new ArrayList<>(ids.size());
    for (byte[] value : values) {
      indexes.add(value == null ? OptionalLong.empty() : OptionalLong.of(Keys.u64(value, 0)));
    }
    return indexes;
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
  public <X extends Exception> void forEachChild(List<Bytes> parentIds, ChildVisitor<X> visitor)
      throws StoreException, X {
    this.<Void, X>call(() -> {
      ChildScan.forEach(handles.db, handles.cf(Family.CHILDREN), parentIds, visitor);
      return null;
    });
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
    return call(() -> {
      Optional<List<Long>> known = recent.revocationsOf(targetId);
      return known.isPresent() ? known.get()
          : scan(Family.TARGETS, Keys.targetsPrefix(targetId, Keys.REVOCATION))
              .all((suffix, value) -> Keys.u64(suffix, 0));
    });
  }

  @Override
  public OptionalLong modelVersion(String folded, String version) throws StoreException {
    byte[] key = Keys.modelVersion(folded, version);
    Absences known = absences;
    if (known.contains(Family.NAMES, Keys.spelling(folded))) {
      // A name@version is written only with or after its name's first spelling (Appender), so a
      // name found unregistered since the last append has no version: no read. The rules ask for
      // the spelling first.
      known.add(Family.NAMES, key);
      return OptionalLong.empty();
    }
    byte[] value = getOrAbsent(Family.NAMES, key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(Keys.u64(value, 0));
  }

  @Override
  public Optional<String> spelling(String folded) throws StoreException {
    return Optional.ofNullable(getOrAbsent(Family.NAMES, Keys.spelling(folded)))
        .map(v -> Keys.ascii(v, 0, v.length));
  }

  /** One multi-get for the names not known to be absent. */
  @Override
  public List<Optional<String>> spellings(List<String> folded) throws StoreException {
    List<byte[]> keys = new ArrayList<>(folded.size());
    for (String name : folded) {
      keys.add(Keys.spelling(name));
    }
    List<byte[]> values = getAllOrAbsent(Family.NAMES, keys);
    List<Optional<String>> spellings = new ArrayList<>(folded.size());
    for (byte[] value : values) {
      spellings.add(Optional.ofNullable(value).map(v -> Keys.ascii(v, 0, v.length)));
    }
    return spellings;
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
    return Optional.ofNullable(getOrAbsent(Family.KEYS, Keys.binding(keyId)))
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
    guard.close();
  }

  private <T, X extends Exception> T call(Guard.Call<T, X> body) throws StoreException, X {
    return guard.call(body);
  }

  private byte[] get(Family family, byte[] key) throws StoreException {
    return guard.get(family, key);
  }

  /** A point read whose miss is remembered until the next append ({@link Absences}). */
  private byte[] getOrAbsent(Family family, byte[] key) throws StoreException {
    Absences known = absences;
    if (known.contains(family, key)) {
      return null;
    }
    byte[] value = get(family, key);
    if (value == null) {
      known.add(family, key);
    }
    return value;
  }

  /**
   * The values of {@code keys} (null where absent), in order, with one multi-get for those not
   * known to be absent; those found absent are remembered as {@link #getOrAbsent} does.
   */
  private List<byte[]> getAllOrAbsent(Family family, List<byte[]> keys) throws StoreException {
    Absences known = absences;
    byte[][] values = new byte[keys.size()][];
    List<byte[]> unknown = new ArrayList<>(keys.size());
    int[] at = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      if (!known.contains(family, keys.get(i))) {
        at[unknown.size()] = i;
        unknown.add(keys.get(i));
      }
    }
    if (!unknown.isEmpty()) { // RocksJava's multiGetAsList refuses an empty key list.
      List<byte[]> found = call(() -> handles.db.multiGetAsList(
          Collections.nCopies(unknown.size(), handles.cf(family)), unknown));
      for (int k = 0; k < found.size(); k++) {
        if (found.get(k) == null) {
          known.add(family, unknown.get(k));
        }
        values[at[k]] = found.get(k);
      }
    }
    return Arrays.asList(values);
  }

  private Scan scan(Family family, byte[] prefix) {
    return new Scan(handles.db, handles.cf(family), prefix);
  }

  private static void requireIndex(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + Long.toUnsignedString(index)
          + " is beyond 2^63-1");
    }
  }
}
