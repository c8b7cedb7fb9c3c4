package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.ChildVisitor;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * The children of many parents with one iterator and one set of read options: a seek per parent,
 * then keys while they start with the parent's id. A breadth-first walk reaches most entries
 * without children, so an iterator opened per parent would cost more than the seek that finds
 * none.
 */
final class ChildScan {
  private static final int ID = 32;
  /** A children key: parent id ‖ u64 child index ({@link Keys}). */
  private static final int KEY = ID + 8;

  private ChildScan() {}

  static <X extends Exception> void forEach(RocksDB db, ColumnFamilyHandle cf,
      List<Bytes> parentIds, ChildVisitor<X> visitor) throws RocksDBException, X {
    // Reused buffers: key(byte[]) and value(byte[]) copy at most the buffer's length and return
    // the full one, so the value's relation is never copied out of RocksDB.
    byte[] key = new byte[KEY];
    byte[] childId = new byte[ID];
    try (ReadOptions options = new ReadOptions();
        RocksIterator it = db.newIterator(cf, options)) {
      for (int p = 0; p < parentIds.size(); p++) {
        byte[] parent = parentIds.get(p).toByteArray();
        for (it.seek(parent); it.isValid(); it.next()) {
          if (it.key(key) != parent.length + 8
              || !Arrays.equals(key, 0, parent.length, parent, 0, parent.length)) {
            break;
          }
          if (it.value(childId) < ID) {
            throw new RocksDBException("children value under " + parentIds.get(p).hex()
                + " is shorter than a child id");
          }
          if (!visitor.visit(p, Keys.u64(key, parent.length), Bytes.copyOf(childId))) {
            return;
          }
        }
        it.status();
      }
    }
  }
}
