package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The descendant sets of recently counted entries, so that "this model has N derivatives" costs a
 * walk of its subtree once, not on every ask. Each set is a {@link BitSet} over log indexes past
 * its root, valid at a log size; a later count catches it up from {@link RecentLinks}: an entry
 * appended since descends from the root exactly when one of its parents is the root or in the
 * set, parents coming first in the log. When the links since were forgotten, the set is walked
 * again.
 *
 * <p>Least recently counted first out, within a budget of bytes (the sets' words and a fixed
 * overhead per root); a set larger than the whole budget is counted and not kept. Nothing is
 * written on the append path: the cost of keeping up is paid by the next count, in proportion to
 * the entries with parents appended since. Thread-safe.
 */
public final class DescendantCache {
  /** What a root costs besides its bits: the map entry, the key, the set and its array headers. */
  public static final long OVERHEAD_BYTES = 160;

  /** One root's set. Its fields change under its own lock; {@code bytes} under the cache's. */
  private static final class Held {
    final long rootIndex;
    final BitSet bits;
    long validAt;
    long count;
    long bytes;

    Held(long rootIndex, BitSet bits, long validAt) {
      this.rootIndex = rootIndex;
      this.bits = bits;
      this.validAt = validAt;
      this.count = bits.cardinality();
    }

    long footprint() {
      return OVERHEAD_BYTES + bits.size() / 8;
    }
  }

  private final Store store;
  private final RecentLinks links;
  private final long budget;
  /** By root id, least recently counted first; guarded by {@code this}. */
  private final LinkedHashMap<Bytes, Held> held = new LinkedHashMap<>(16, 0.75f, true);
  private long bytesHeld;

  /** Caches in at most {@code budgetBytes}, catching up from {@code links}; 0 keeps nothing. */
  public DescendantCache(Store store, RecentLinks links, long budgetBytes) {
    if (budgetBytes < 0) {
      throw new IllegalArgumentException("budget of " + budgetBytes + " bytes");
    }
    this.store = store;
    this.links = links;
    this.budget = budgetBytes;
  }

  /**
   * How many distinct entries descend from the entry {@code rootId} at {@code rootIndex}, as of a
   * log size at least the one read when called: each once, however many paths reach it.
   */
  public long count(Bytes rootId, long rootIndex) throws StoreException {
    long size = store.size();
    Held cached;
    synchronized (this) {
      cached = held.get(rootId);
    }
    if (cached != null) {
      synchronized (cached) {
        if (cached.validAt >= size || catchUp(cached, size)) {
          resized(rootId, cached);
          return cached.count;
        }
      }
    }
    Held fresh = walk(rootId, rootIndex);
    keep(rootId, fresh);
    return fresh.count;
  }

  /** The bytes the kept sets take, as counted against the budget. */
  public synchronized long bytesHeld() {
    return bytesHeld;
  }

  /** How many roots are kept. */
  public synchronized int rootsHeld() {
    return held.size();
  }

  /**
   * Extends the set over the entries of {@code [validAt, size)} that name parents. False when the
   * links of that range are no longer held; the set may then be part way extended, which keeps it
   * exact at no size, so the caller replaces it.
   */
  private boolean catchUp(Held h, long size) throws StoreException {
    boolean whole = links.forEach(h.validAt, size, store, (index, parents) -> {
      for (long parent : parents) {
        if (parent == h.rootIndex
            || (parent > h.rootIndex && h.bits.get(Descendants.bitOf(h.rootIndex, parent)))) {
          h.bits.set(Descendants.bitOf(h.rootIndex, index));
          h.count++;
          return;
        }
      }
    });
    if (whole) {
      h.validAt = size;
    } else {
      h.validAt = -1; // never valid again: replaced below
    }
    return whole;
  }

  /**
   * Walks the subtree once. Every descendant below the size read first is reached (its ancestors
   * come before it); what the walk met beyond that size is dropped, so the set is exact at it.
   */
  private Held walk(Bytes rootId, long rootIndex) throws StoreException {
    long size = store.size();
    BitSet bits = Descendants.subtree(store, rootId, rootIndex);
    if (size - rootIndex - 1 < bits.length()) {
      bits.clear((int) Math.max(0, size - rootIndex - 1), bits.length());
    }
    return new Held(rootIndex, bits, size);
  }

  private synchronized void keep(Bytes rootId, Held fresh) {
    fresh.bytes = fresh.footprint();
    if (fresh.bytes > budget) {
      Held gone = held.remove(rootId);
      if (gone != null) {
        bytesHeld -= gone.bytes;
      }
      return;
    }
    Held replaced = held.put(rootId, fresh);
    if (replaced != null) {
      bytesHeld -= replaced.bytes;
    }
    bytesHeld += fresh.bytes;
    evict(rootId);
  }

  /** Accounts for a set that grew while catching up, if it is still kept. */
  private synchronized void resized(Bytes rootId, Held h) {
    if (held.get(rootId) != h) {
      return;
    }
    long now = h.footprint();
    bytesHeld += now - h.bytes;
    h.bytes = now;
    if (now > budget) {
      held.remove(rootId);
      bytesHeld -= now;
      return;
    }
    evict(rootId);
  }

  /** Drops the least recently counted sets, never {@code keep}, until within the budget. */
  private void evict(Bytes keep) {
    Iterator<Map.Entry<Bytes, Held>> oldest = held.entrySet().iterator();
    while (bytesHeld > budget && oldest.hasNext()) {
      Map.Entry<Bytes, Held> e = oldest.next();
      if (!e.getKey().equals(keep)) {
        bytesHeld -= e.getValue().bytes;
        oldest.remove();
      }
    }
  }
}
