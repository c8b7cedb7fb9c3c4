package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The parents of the latest entries that name any, in log order: what lets a {@link
 * DescendantCache} catch a cached set up with the log without reading a leaf. An entry appended
 * after a set was computed descends from its root exactly when one of its parents is the root or
 * in the set, and parents always come before their children.
 *
 * <p>Fed by the store after each durable batch and before the store publishes its new size, so a
 * reader that has read a size finds every link below it here (or finds that they were forgotten).
 * Bounded to the latest {@code capacity} entries with parents; entries without parents (releases,
 * attestations, revocations, key entries) take no room. One writer, any number of readers.
 */
public final class RecentLinks {
  /**
   * An entry and its parents' ids, end to end in one array (some 90 bytes for one parent, where
   * the entry's own objects would hold about 200); their log indexes are looked up once, when
   * first needed.
   */
  private static final class Link {
    final long seq;
    final long index;
    final byte[] parentIds;
    /** The parents' indexes, filled by the first reader that needs them (same answer for all). */
    volatile long[] parentIndexes;

    Link(long seq, long index, List<ParentLink> parents) {
      this.seq = seq;
      this.index = index;
      this.parentIds = new byte[parents.size() * ID];
      for (int i = 0; i < parents.size(); i++) {
        System.arraycopy(parents.get(i).id().toByteArray(), 0, parentIds, i * ID, ID);
      }
    }
  }

  private static final int ID = 32;

  /** Receives, in log order, the entries of a range that name parents. */
  @FunctionalInterface
  public interface LinkVisitor {
    /** The entry at {@code index} names the parents at {@code parentIndexes}. */
    void visit(long index, long[] parentIndexes) throws StoreException;
  }

  private final AtomicReferenceArray<Link> ring;
  private final int capacity;
  /** How many links were ever taken: link number {@code s} sits at {@code ring[s % capacity]}. */
  private volatile long taken;
  /** Every link of an entry at or after this index, and before {@link #end}, is held. */
  private volatile long start;
  /** The index after the last entry taken. */
  private volatile long end;

  /**
   * Holds the links of up to {@code capacity} entries, taking entries from {@code size} on (the
   * log's size when the store was opened).
   */
  public RecentLinks(int capacity, long size) {
    if (capacity < 1 || size < 0) {
      throw new IllegalArgumentException(
          "capacity " + capacity + " and size " + size + ": want at least 1 and 0");
    }
    this.capacity = capacity;
    this.ring = new AtomicReferenceArray<>(capacity);
    this.start = size;
    this.end = size;
  }

  /**
   * Takes the entries of a durable batch, consecutive and in index order. A batch that does not
   * follow the entries taken starts the window again: nothing before it is known any more. Called
   * on the append path: three volatile writes per batch, an object and an array per entry with
   * parents.
   */
  public void appended(List<StoredEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    if (entries.get(0).index() != end) {
      start = entries.get(0).index();
    }
    int linked = 0;
    for (StoredEntry entry : entries) {
      if (!entry.facts().parents().isEmpty()) {
        linked++;
      }
    }
    long seq = taken;
    long lastForgotten = seq + linked - capacity - 1;
    if (lastForgotten >= seq - capacity && lastForgotten >= 0) {
      // Raise start past the newest link this batch pushes out, before any slot is reused.
      long index = lastForgotten < seq ? ring.get(slot(lastForgotten)).index
          : linkedIndex(entries, (int) (lastForgotten - seq));
      start = Math.max(start, index + 1);
    }
    for (StoredEntry entry : entries) {
      List<ParentLink> parents = entry.facts().parents();
      if (!parents.isEmpty()) {
        // Readers check a link's number, so a release store is enough (taken follows).
        ring.lazySet(slot(seq), new Link(seq, entry.index(), parents));
        seq++;
      }
    }
    taken = seq;
    end = entries.get(entries.size() - 1).index() + 1;
  }

  /** The index of the {@code n}th entry with parents of {@code entries}. */
  private static long linkedIndex(List<StoredEntry> entries, int n) {
    for (StoredEntry entry : entries) {
      if (!entry.facts().parents().isEmpty() && n-- == 0) {
        return entry.index();
      }
    }
    throw new IllegalStateException("fewer linked entries than counted");
  }

  private int slot(long seq) {
    return (int) (seq % capacity);
  }

  /**
   * Visits the entries of {@code [from, to)} that name parents, in index order, resolving their
   * parents' indexes through {@code store} the first time. False, having visited some or none,
   * when this window does not hold the whole range (forgotten, or not taken yet): the caller must
   * then compute without it.
   */
  public boolean forEach(long from, long to, Store store, LinkVisitor visitor)
      throws StoreException {
    if (from < start || to > end) {
      return false;
    }
    long last = taken;
    long seq = firstAtOrAfter(from, last);
    for (; seq < last; seq++) {
      Link link = ring.get(slot(seq));
      if (link.seq != seq) {
        return false; // overwritten since: the range was forgotten while being read
      }
      if (link.index >= to) {
        break;
      }
      visitor.visit(link.index, parentIndexes(link, store));
    }
    // start only rises; if it is still at or below from, no link of the range was forgotten.
    return from >= start;
  }

  /** The first link number at or after {@code from} by index, or {@code last} if none. */
  private long firstAtOrAfter(long from, long last) {
    long lo = Math.max(0, last - capacity);
    long hi = last;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Link link = ring.get(slot(mid));
      if (link.seq != mid || link.index < from) {
        // An overwritten slot holds a newer link; searching on past it ends where the check in
        // forEach fails.
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long[] parentIndexes(Link link, Store store) throws StoreException {
    long[] indexes = link.parentIndexes;
    if (indexes == null) {
      indexes = new long[link.parentIds.length / ID];
      for (int i = 0; i < indexes.length; i++) {
        Bytes parent = Bytes.copyOf(Arrays.copyOfRange(link.parentIds, i * ID, (i + 1) * ID));
        OptionalLong index = store.indexOf(parent);
        if (index.isEmpty() || index.getAsLong() >= link.index) {
          throw new StoreException("entry " + link.index + " names parent " + parent.hex()
              + ", which is not in the log before it");
        }
        indexes[i] = index.getAsLong();
      }
      link.parentIndexes = indexes;
    }
    return indexes;
  }
}
