package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/** The serialized batch is byte for byte the one RocksDB builds from the same puts. */
class WriteBatchBytesTest {
  static {
    RocksDB.loadLibrary();
  }

  @TempDir Path dir;

  @Test
  void toByteArray_equalsRocksDbsOwnBatch_andWritesTheSamePuts() throws Exception {
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    for (int i = 1; i <= 3; i++) {
      descriptors.add(new ColumnFamilyDescriptor(("f" + i).getBytes(StandardCharsets.US_ASCII)));
    }
    List<ColumnFamilyHandle> families = new ArrayList<>();
    try (DBOptions options = new DBOptions().setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true);
        RocksDB db = RocksDB.open(options, dir.toString(), descriptors, families);
        WriteOptions write = new WriteOptions()) {
      // Lengths on both sides of each varint32 step (1, 2 and 3 bytes), empty values, and the
      // default family, whose puts carry no family id.
      Random random = new Random(7);
      int[] lengths = {0, 1, 127, 128, 300, 16_383, 16_384, 70_000};
      WriteBatchBytes ours = new WriteBatchBytes();
      List<byte[][]> puts = new ArrayList<>();
      try (WriteBatch theirs = new WriteBatch()) {
        for (int i = 0; i < lengths.length; i++) {
          ColumnFamilyHandle family = families.get(i % families.size());
          byte[] key = new byte[Math.max(1, lengths[(i + 3) % lengths.length] / 7)];
          byte[] value = new byte[lengths[i]];
          random.nextBytes(key);
          random.nextBytes(value);
          key[0] = (byte) i; // distinct keys
          theirs.put(family, key, value);
          ours.put(family.getID(), key, value);
          puts.add(new byte[][] {key, value, {(byte) (i % families.size())}});
        }
        byte[] serialized = ours.toByteArray();
        assertArrayEquals(theirs.data(), serialized);
        try (WriteBatch batch = new WriteBatch(serialized)) {
          assertEquals(lengths.length, batch.count());
          db.write(write, batch);
        }
      }
      for (byte[][] put : puts) {
        assertArrayEquals(put[1], db.get(families.get(put[2][0]), put[0]));
      }
    } finally {
      families.forEach(ColumnFamilyHandle::close);
    }
  }

  @Test
  void empty_isTheHeaderAlone() throws Exception {
    try (WriteBatch theirs = new WriteBatch()) {
      assertArrayEquals(theirs.data(), new WriteBatchBytes().toByteArray());
    }
  }

  @Test
  void put_negativeFamilyId_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new WriteBatchBytes().put(-1, new byte[1], new byte[1]));
  }
}
