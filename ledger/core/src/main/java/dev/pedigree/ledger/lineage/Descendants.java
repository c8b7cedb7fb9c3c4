package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.InvalidCursorException;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every descendant of an entry (DESIGN B5), over the store's children index only: no leaf is read
 * or parsed, and a walk asks the store for the children of a whole level at once. Breadth first,
 * each entry's children by index; an entry reached through two parents (a merge) is listed once,
 * where it is first reached.
 *
 * <p>Pages are offsets into that order. The log only grows, but a new child of an entry already
 * passed shifts the later ones: a client paging while the subtree grows may see an entry twice or
 * miss one added meanwhile; re-read from the start for an exact set.
 */
public final class Descendants {
  private static final String CURSOR_PREFIX = "d";

  private final Store store;
  private final Optional<DescendantCache> cache;

  /** Counts by walking the subtree every time. */
  public Descendants(Store store) {
    this(store, Optional.empty());
  }

  /** Counts through {@code cache} when present (see {@link DescendantCache}). */
  public Descendants(Store store, Optional<DescendantCache> cache) {
    this.store = store;
    this.cache = cache;
  }

  /** The memory the cache's kept sets take (0 without a cache), as counted against its budget. */
  public long cacheBytesHeld() {
    return cache.isPresent() ? cache.get().bytesHeld() : 0;
  }

  /** How many entries' descendant sets the cache keeps (0 without a cache). */
  public int cacheRootsHeld() {
    return cache.isPresent() ? cache.get().rootsHeld() : 0;
  }

  /** How many children name the entry as a parent (one index scan); empty for an unknown id. */
  public OptionalLong childCount(String id) throws StoreException {
    Optional<Root> root = known(id);
    return root.isEmpty() ? OptionalLong.empty()
        : OptionalLong.of(store.childCount(root.get().id()));
  }

  /**
   * How many distinct entries descend from the entry, transitively, each once however many paths
   * reach it; empty for an unknown id. Without a cache, or on a cache miss, a walk of the whole
   * subtree. Revocations do not cut the subtree: a revoked entry and what descends from it count.
   */
  public OptionalLong count(String id) throws StoreException {
    Optional<Root> root = known(id);
    if (root.isEmpty()) {
      return OptionalLong.empty();
    }
    if (cache.isPresent()) {
      return OptionalLong.of(cache.get().count(root.get().id(), root.get().index()));
    }
    return OptionalLong.of(subtree(store, root.get().id(), root.get().index()).cardinality());
  }

  /** Every descendant id (lowercase hex) in walk order; empty for an unknown id. */
  public Optional<List<String>> ids(String id) throws StoreException {
    Optional<Root> root = known(id);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(walk(root.get(), Long.MAX_VALUE).stream().map(Bytes::hex).toList());
  }

  /**
   * Up to {@code limit} descendant ids from the cursor on, in walk order; the walk stops as soon
   * as the page is full, so the first page of a large subtree reads the children of at most
   * {@code limit} entries.
   */
  public Optional<Page<String>> page(String id, Optional<String> cursor, int limit)
      throws StoreException {
    if (limit < 1 || limit > Store.MAX_PAGE) {
      throw new IllegalArgumentException("limit " + limit + ", want 1 to " + Store.MAX_PAGE);
    }
    long offset = cursor.isPresent() ? offset(cursor.get()) : 0;
    Optional<Root> root = known(id);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    // One more than the page tells whether a next page exists.
    List<Bytes> reached = walk(root.get(), offset + limit + 1);
    int from = (int) Math.min(offset, reached.size());
    int to = (int) Math.min(offset + limit, reached.size());
    List<String> items = reached.subList(from, to).stream().map(Bytes::hex).toList();
    Optional<String> next = reached.size() > offset + limit && !items.isEmpty()
        ? Optional.of(CURSOR_PREFIX + (offset + limit)) : Optional.empty();
    return Optional.of(new Page<>(items, next));
  }

  /** An entry a walk starts from: its id and its index in the log. */
  private record Root(Bytes id, long index) {}

  private Optional<Root> known(String id) throws StoreException {
    Optional<Bytes> key = EntryReader.idBytes(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong index = store.indexOf(key.get());
    return index.isEmpty() ? Optional.empty() : Optional.of(new Root(key.get(), index.getAsLong()));
  }

  /**
   * The first {@code max} entries reached from {@code root}, breadth first, root excluded. One
   * store call per level: most entries of a wide tree have no child, and a scan per entry costs
   * more than finding that out for many at once. A child comes after its parents in the log, so
   * the entries seen are kept as bits by their index past the root's.
   */
  private List<Bytes> walk(Root root, long max) throws StoreException {
    List<Bytes> reached = new ArrayList<>();
    BitSet seen = new BitSet();
    List<Bytes> level = List.of(root.id());
    while (!level.isEmpty() && reached.size() < max) {
      int from = reached.size();
      // Parents in the order they were reached, each one's children by index: the same order as
      // expanding the entries one by one.
      store.forEachChild(level, (parent, index, child) -> {
        int bit = bitOf(root.index(), index);
        if (!seen.get(bit)) {
          seen.set(bit);
          reached.add(child);
        }
        return reached.size() < max;
      });
      level = List.copyOf(reached.subList(from, reached.size()));
    }
    return reached;
  }

  /**
   * Every descendant of the entry {@code rootId} at {@code rootIndex}, as bits by index past the
   * root's: the same walk as {@link #walk}, keeping only the set.
   */
  static BitSet subtree(Store store, Bytes rootId, long rootIndex) throws StoreException {
    BitSet seen = new BitSet();
    List<Bytes> level = List.of(rootId);
    while (!level.isEmpty()) {
      List<Bytes> next = new ArrayList<>();
      store.forEachChild(level, (parent, index, child) -> {
        int bit = bitOf(rootIndex, index);
        if (!seen.get(bit)) {
          seen.set(bit);
          next.add(child);
        }
        return true;
      });
      level = next;
    }
    return seen;
  }

  /** A child's bit in the walk's set: its distance past the root in the log. */
  static int bitOf(long rootIndex, long childIndex) throws StoreException {
    long bit = childIndex - rootIndex - 1;
    if (bit < 0 || bit > Integer.MAX_VALUE - 1) {
      throw new StoreException("the children index puts entry " + childIndex
          + " under entry " + rootIndex + ": a child must come after its parent");
    }
    return (int) bit;
  }

  private static long offset(String cursor) throws InvalidCursorException {
    if (cursor.startsWith(CURSOR_PREFIX)) {
      String digits = cursor.substring(CURSOR_PREFIX.length());
      // Canonical decimal only, so that one position has one cursor.
      if (digits.matches("[1-9][0-9]{0,17}")) {
        return Long.parseLong(digits);
      }
    }
    throw new InvalidCursorException("cursor \"" + (cursor.length() <= 40 ? cursor
        : cursor.substring(0, 40) + "...") + "\" was not issued here");
  }
}
