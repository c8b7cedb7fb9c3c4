package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.ChildVisitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * The children of many parents with one iterator and one set of read options. The parents are
 * visited in key order, merged against the index: a parent whose id sorts before the iterator's
 * key has no children and costs no call into RocksDB, so a level of a wide tree, where most
 * entries have no child, costs a seek per stretch of the index passed rather than one per parent.
 * The children found are then handed out in the order the parents were given.
 */
final class ChildScan {
  private static final int ID = 32;

  private record Child(long index, Bytes id) {}

  private ChildScan() {}

  static <X extends Exception> void forEach(RocksDB db, ColumnFamilyHandle cf,
      List<Bytes> parentIds, ChildVisitor<X> visitor) throws RocksDBException, X {
    List<List<Child>> found = scan(db, cf, parentIds);
    for (int p = 0; p < found.size(); p++) {
      for (Child child : found.get(p)) {
        if (!visitor.visit(p, child.index(), child.id())) {
          return;
        }
      }
    }
  }

  /** The children of each parent, by position in {@code parentIds}, each list by index. */
  private static List<List<Child>> scan(RocksDB db, ColumnFamilyHandle cf, List<Bytes> parentIds)
      throws RocksDBException {
    int n = parentIds.size();
    byte[][] ids = new byte[n][];
    int longest = 0;
    for (int p = 0; p < n; p++) {
      ids[p] = parentIds.get(p).toByteArray();
      longest = Math.max(longest, ids[p].length);
    }
    int[] order = KeyOrder.of(ids);
    List<List<Child>> found = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      found.add(List.of());
    }
    // Reused buffers: key(byte[]) and value(byte[]) copy at most the buffer's length and return
    // the full one, so a value's relation is never copied out of RocksDB.
    byte[] key = new byte[longest + 8];
    byte[] childId = new byte[ID];
    try (ReadOptions options = new ReadOptions();
        RocksIterator it = db.newIterator(cf, options)) {
      boolean valid = false;
      int keyLength = 0;
      byte[] previous = null;
      for (int i = 0; i < n; i++) {
        int p = order[i];
        byte[] parent = ids[p];
        if (previous != null && Arrays.equals(previous, parent)) {
          found.set(p, found.get(order[i - 1]));
          continue;
        }
        previous = parent;
        if (!valid || compare(key, keyLength, parent) < 0) {
          it.seek(parent);
          valid = it.isValid();
          keyLength = valid ? it.key(key) : 0;
        }
        List<Child> children = new ArrayList<>();
        while (valid && compare(key, keyLength, parent) == 0) {
          // children: parent id ‖ u64 child index → child id ‖ relation (Keys).
          if (keyLength != parent.length + 8 || it.value(childId) < ID) {
            throw new RocksDBException("children index entry under " + parentIds.get(p).hex()
                + " is malformed: key of " + keyLength + " bytes");
          }
          children.add(new Child(Keys.u64(key, parent.length), Bytes.copyOf(childId)));
          it.next();
          valid = it.isValid();
          keyLength = valid ? it.key(key) : 0;
        }
        if (!children.isEmpty()) {
          found.set(p, children);
        }
      }
      it.status();
    }
    return found;
  }

  /** Orders a key against a parent id: 0 when the key starts with it. */
  private static int compare(byte[] key, int keyLength, byte[] parent) {
    int length = Math.min(Math.min(keyLength, key.length), parent.length);
    return Arrays.compareUnsigned(key, 0, length, parent, 0, parent.length);
  }
}
