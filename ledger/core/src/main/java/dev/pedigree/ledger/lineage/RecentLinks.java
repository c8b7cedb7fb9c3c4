package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
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
  /** An entry and the ids of its parents; their log indexes are looked up once, when needed. */
  private static final class Link {
    final long seq;
    final long index;
    final Bytes[] parents;
    /** The parents' indexes, filled by the first reader that needs them (same answer for all). */
    volatile long[] parentIndexes;

    Link(long seq, long index, Bytes[] parents) {
      this.seq = seq;
      this.index = index;
      this.parents = parents;
    }
  }

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
   * Takes the entries of a durable batch, in index order. Entries that do not follow the ones
   * taken start the window again: nothing before them is known any more.
   */
  public void appended(List<StoredEntry> entries) {
    for (StoredEntry entry : entries) {
      long index = entry.index();
      if (index != end) {
        start = index;
      }
      List<ParentLink> parents = entry.facts().parents();
      if (!parents.isEmpty()) {
        Bytes[] ids = new Bytes[parents.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = parents.get(i).id();
        }
        long seq = taken;
        if (seq >= capacity) {
          // Forget the oldest link: raise start past it before its slot is reused.
          Link oldest = ring.get((int) (seq % capacity));
          start = Math.max(start, oldest.index + 1);
        }
        ring.set((int) (seq % capacity), new Link(seq, index, ids));
        taken = seq + 1;
      }
      end = index + 1;
    }
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
      Link link = ring.get((int) (seq % capacity));
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
      Link link = ring.get((int) (mid % capacity));
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
      indexes = new long[link.parents.length];
      for (int i = 0; i < indexes.length; i++) {
        OptionalLong index = store.indexOf(link.parents[i]);
        if (index.isEmpty() || index.getAsLong() >= link.index) {
          throw new StoreException("entry " + link.index + " names parent "
              + link.parents[i].hex() + ", which is not in the log before it");
        }
        indexes[i] = index.getAsLong();
      }
      link.parentIndexes = indexes;
    }
    return indexes;
  }
}
