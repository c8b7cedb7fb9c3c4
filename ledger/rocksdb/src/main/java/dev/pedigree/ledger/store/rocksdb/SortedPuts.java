package dev.pedigree.ledger.store.rocksdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.WriteBatch;

/**
 * The puts of one append, handed to the {@link WriteBatch} family by family and in key order
 * within each family. A batch is applied whole whatever the order of its records; but RocksDB
 * inserts them into its memtables in that order, and a memtable's skip list inserts a key next to
 * the one inserted before it cheaply, while a key elsewhere is searched for from the top: an
 * entry's keys (its id, name, version and digest, all at random places) cost most of the write's
 * CPU time in that search. The sort is stable, so of two puts of one key the later still wins.
 */
final class SortedPuts {
  private static final Comparator<byte[][]> BY_KEY = (a, b) -> Arrays.compareUnsigned(a[0], b[0]);

  private final Map<Family, List<byte[][]>> puts = new EnumMap<>(Family.class);

  /** Adds a put; the arrays are kept as they are, not copied. */
  void put(Family family, byte[] key, byte[] value) {
    puts.computeIfAbsent(family, f -> new ArrayList<>()).add(new byte[][] {key, value});
  }

  /**
   * Everything as one RocksDB write batch: the families in their order, the keys of each in
   * RocksDB's default (unsigned bytewise) order.
   */
  WriteBatch toWriteBatch(Handles handles) {
    WriteBatchBytes batch = new WriteBatchBytes();
    for (Map.Entry<Family, List<byte[][]>> family : puts.entrySet()) {
      List<byte[][]> list = family.getValue();
      list.sort(BY_KEY);
      int id = handles.cfId(family.getKey());
      for (byte[][] put : list) {
        batch.put(id, put[0], put[1]);
      }
    }
    return new WriteBatch(batch.toByteArray());
  }
}
