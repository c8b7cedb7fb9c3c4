package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one sequencer batch writes, applied by {@link Store#append} all or nothing.
 *
 * <p>Entries are consecutive and end at {@code treeSize - 1}. The stored hashes are Go tlog's
 * stored-hash layout, which grows densely: the hashes of records {@code 0..n-1} occupy stored
 * indexes {@code 0..StoredHashCount(n)-1}, so a batch's new hashes are one run starting at
 * {@code firstHashIndex} (tlog's {@code StoredHashIndex(0, firstIndex)}), in order. A batch without
 * entries only replaces the checkpoint of the current tree (the first one of an empty log, or a
 * re-signed one); it must repeat the current size and root.
 *
 * @param treeSize the tree size after the batch
 * @param root the RFC 6962 root of that tree
 * @param checkpoint the signed checkpoint of that tree, note text verbatim (DESIGN A6)
 */
public record AppendBatch(
    long treeSize,
    Bytes root,
    String checkpoint,
    List<StoredEntry> entries,
    long firstHashIndex,
    List<Bytes> hashes) {

  public AppendBatch {
    Checks.index("tree size", treeSize);
    Checks.digest("root", root);
    Objects.requireNonNull(checkpoint, "checkpoint");
    if (checkpoint.isEmpty()) {
      throw new IllegalArgumentException("empty checkpoint");
    }
    entries = List.copyOf(entries);
    hashes = List.copyOf(hashes);
    Checks.index("first hash index", firstHashIndex);
    hashes.forEach(h -> Checks.digest("stored hash", h));
    if (entries.size() > treeSize) {
      throw new IllegalArgumentException(
          entries.size() + " entries cannot end a tree of size " + treeSize);
    }
    long want = treeSize - entries.size();
    Set<Bytes> ids = new HashSet<>();
    for (StoredEntry entry : entries) {
      if (entry.index() != want) {
        throw new IllegalArgumentException(
            "entry index " + entry.index() + ", want " + want + " (entries run consecutively up to "
                + "tree size " + treeSize + ")");
      }
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException("entry id " + entry.id() + " twice in one batch");
      }
      want++;
    }
    if (entries.isEmpty() && !hashes.isEmpty()) {
      throw new IllegalArgumentException(hashes.size() + " stored hashes in a batch of no entry");
    }
    if (!entries.isEmpty() && hashes.isEmpty()) {
      throw new IllegalArgumentException("a batch of entries without stored hashes");
    }
  }

  /** The index of the first entry, which must equal the store's size when appended. */
  public long firstIndex() {
    return treeSize - entries.size();
  }
}
