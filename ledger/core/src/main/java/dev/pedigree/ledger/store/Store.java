package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ledger's durable state: leaves, stored Merkle hashes, the latest signed checkpoint and the
 * indexes the rules and queries need (DESIGN B4).
 *
 * <p>Rules every implementation keeps:
 *
 * <ul>
 *   <li><b>One writer.</b> Only the sequencer calls {@link #append}; concurrent calls are
 *       serialised, never interleaved.
 *   <li><b>Durable before returning.</b> When {@code append} returns, the whole batch is on stable
 *       storage (synced) and survives a crash; only then may the sequencer acknowledge clients.
 *   <li><b>All or nothing.</b> A batch is applied atomically: after a crash, or when
 *       {@code append} throws, the store holds either the whole batch or none of it.
 *   <li><b>No half batch is ever visible.</b> Readers see the state before a batch or after it.
 *   <li><b>Monotonic reads.</b> The log only grows and nothing stored is ever rewritten, so a read
 *       sees at least everything an earlier read on any thread saw: look an entry up first and read
 *       the {@link #head()} after, and the entry's index is below the head's size.
 *   <li><b>Thread-safe.</b> Every method may be called from any thread, concurrently with
 *       {@code append}. Reads block on I/O: call them off the event loop.
 *   <li><b>Bounded reads.</b> Paged queries take at most {@link #MAX_PAGE} items; leaves stream.
 *   <li>After {@link #close()}, every method throws {@link StoreException}.
 * </ul>
 *
 * <p>Argument errors that are the caller's bug (a negative index, a limit out of range, a range
 * beyond the size) throw {@link IllegalArgumentException}; a cursor not handed out by this store
 * throws {@link InvalidCursorException}.
 */
public interface Store extends AutoCloseable {
  /** The largest page any paged query returns. */
  int MAX_PAGE = 1000;

  // ---- write -------------------------------------------------------------------------------

  /**
   * Appends a batch durably and atomically (see the class rules). Refused with
   * {@link AppendRefusedException}, the store unchanged, when the batch does not start at the
   * current size, its hashes do not start at the current stored-hash count, or it would overwrite
   * an index: an id already present, a {@code name@version} already registered, a key added that
   * is already bound, a key removed that is not bound to the namespace. A batch of no entry must
   * keep the size and the root.
   */
  void append(AppendBatch batch) throws StoreException;

  // ---- the tree ----------------------------------------------------------------------------

  /** The latest size, root and checkpoint, read together; empty until the first append. */
  Optional<Head> head() throws StoreException;

  /** The number of leaves (0 before the first append). */
  long size() throws StoreException;

  /** The number of stored hashes, which the next batch's hashes must start at. */
  long storedHashCount() throws StoreException;

  /** The leaf bytes at {@code index}, exactly as stored; empty when {@code index >= size()}. */
  Optional<Bytes> leaf(long index) throws StoreException;

  /**
   * The leaves of {@code [from, to)}, at most {@link #MAX_PAGE} of them: for a caller that pulls
   * the export chunk by chunk and waits for its client between chunks (an HTTP response with
   * back-pressure). {@code to} must not exceed {@link #size()}.
   */
  List<Bytes> leaves(long from, long to) throws StoreException;

  /**
   * Streams the leaves of {@code [from, to)} in index order without holding them all in memory
   * (the export of DESIGN A8). {@code to} must not exceed {@link #size()}. The visitor runs on the
   * calling thread, and {@link #close()} waits for it: it should not block for long.
   */
  <X extends Exception> void forEachLeaf(long from, long to, LeafVisitor<X> visitor)
      throws StoreException, X;

  /**
   * The stored hashes at the given stored-hash indexes, in the same order: backs the Merkle
   * {@code HashReader}. Throws when one is absent (an index beyond the tree, or a damaged store).
   */
  List<Bytes> readHashes(long[] storedIndexes) throws StoreException;

  /**
   * The head and the last {@code count} leaves (fewer when the log is shorter), read from one
   * consistent view: what the ledger re-verifies before serving (DESIGN B4).
   */
  Optional<Tail> tail(int count) throws StoreException;

  // ---- entries -----------------------------------------------------------------------------

  /** The index of the entry with this id (SHA-256 of its payload). */
  OptionalLong indexOf(Bytes id) throws StoreException;

  /**
   * {@link #indexOf} of each id, in order: what the sequencer asks of a whole batch at once, which
   * a store may answer with one read.
   */
  default List<OptionalLong> indexesOf(List<Bytes> ids) throws StoreException {
    List<OptionalLong> indexes = new ArrayList<>(ids.size());
    for (Bytes id : ids) {
      indexes.add(indexOf(id));
    }
    return indexes;
  }

  /** Entries holding a file of this SHA-256, by index, then path. */
  Page<DigestHit> entriesWithDigest(Bytes sha256, Optional<String> cursor, int limit)
      throws StoreException;

  /** The children of an entry (modifications and derivations naming it as a parent), by index. */
  Page<ChildLink> children(Bytes parentId, Optional<String> cursor, int limit)
      throws StoreException;

  /**
   * The children of many entries in one scan (what a breadth-first walk reads per level): for
   * each parent in list order, its children by index, without their relations. The visitor runs
   * on the calling thread, and {@link #close()} waits for it; returning false stops the scan.
   */
  <X extends Exception> void forEachChild(List<Bytes> parentIds, ChildVisitor<X> visitor)
      throws StoreException, X;

  /** How many children an entry has (counts the index: linear in the answer). */
  long childCount(Bytes parentId) throws StoreException;

  /** The attestations about an entry, by index. */
  Page<Long> attestations(Bytes targetId, Optional<String> cursor, int limit)
      throws StoreException;

  /**
   * Every revocation of an entry, in index order (what a bundle carries, DESIGN A7); only keys of
   * the target's namespace may revoke, so the list stays short.
   */
  List<Long> revocations(Bytes targetId) throws StoreException;

  // ---- names -------------------------------------------------------------------------------

  /** The entry that registered {@code folded@version} (version compared exactly). */
  OptionalLong modelVersion(String folded, String version) throws StoreException;

  /** The first spelling of a folded model name, which later entries must repeat. */
  Optional<String> spelling(String folded) throws StoreException;

  /**
   * {@link #spelling} of each folded name, in order: what the sequencer asks of a whole batch at
   * once, which a store may answer with one read.
   */
  default List<Optional<String>> spellings(List<String> folded) throws StoreException {
    List<Optional<String>> spellings = new ArrayList<>(folded.size());
    for (String name : folded) {
      spellings.add(spelling(name));
    }
    return spellings;
  }

  /** The versions of a model, by index. */
  Page<ModelVersion> versions(String folded, Optional<String> cursor, int limit)
      throws StoreException;

  /** The models of a namespace, by folded name. */
  Page<ModelListing> models(String namespace, Optional<String> cursor, int limit)
      throws StoreException;

  // ---- keys --------------------------------------------------------------------------------

  /** The indexes of a namespace's key entries, in index order (its key history). */
  List<Long> keyEntries(String namespace) throws StoreException;

  /** The namespace's latest key entry, which a new one must name as {@code previous}. */
  OptionalLong latestKeyEntry(String namespace) throws StoreException;

  /** The namespace a key was bound to and, if removed, when and why. */
  Optional<KeyBinding> keyBinding(Bytes keyId) throws StoreException;

  /** The entries a key signed, by index (to report what a compromised key affects). */
  Page<Long> entriesSignedBy(Bytes keyId, Optional<String> cursor, int limit)
      throws StoreException;

  /** Releases every resource; idempotent. Waits for in-flight calls to finish. */
  @Override
  void close();
}
