package dev.pedigree.ledger.store.rocksdb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.HashSkipListMemTableConfig;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksObject;
import org.rocksdb.WriteOptions;

/**
 * Every native object of an open store, closed together in reverse order of creation. Options are
 * sized for a small machine (2 cores): two background jobs, one bounded block cache shared by all
 * families, bloom filters in the files of the families read by key, and over the memtables of
 * those whose lookups mostly miss; the memtables of families keyed by a random digest are hashed
 * by it ({@link Family#hashedByDigest}).
 */
final class Handles implements AutoCloseable {
  private static final long BLOCK_CACHE_BYTES = 64L << 20;
  /** A memtable filter of 2 % of the memtable's size: 1.3 MiB for the default 64 MiB. */
  private static final double MEMTABLE_FILTER_RATIO = 0.02;

  static {
    // Options and caches are native objects too: the library loads before the first of them.
    RocksDB.loadLibrary();
  }

  /** Options, cache and filter: released last, after the database that uses them. */
  private final List<AutoCloseable> settings = new ArrayList<>();
  private final Map<Family, ColumnFamilyHandle> families = new EnumMap<>(Family.class);
  /** Each family's id (RocksDB's), by ordinal: read once, as reading one is a JNI call. */
  private final int[] familyIds = new int[Family.values().length];
  private final ColumnFamilyHandle defaultFamily;
  final RocksDB db;
  final WriteOptions syncWrites;

  private Handles(String path, boolean create) throws RocksDBException {
    LRUCache cache = own(new LRUCache(BLOCK_CACHE_BYTES));
    BloomFilter bloom = own(new BloomFilter(10));
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(
        RocksDB.DEFAULT_COLUMN_FAMILY, own(new ColumnFamilyOptions())));
    for (Family family : Family.values()) {
      descriptors.add(new ColumnFamilyDescriptor(family.cfName(), own(options(family, cache,
          bloom))));
    }
    DBOptions dbOptions = own(new DBOptions()
        .setCreateIfMissing(create)
        .setCreateMissingColumnFamilies(create)
        .setMaxBackgroundJobs(2)
        // Hashed memtables take no concurrent inserts; the store has one writer anyway.
        .setAllowConcurrentMemtableWrite(false)
        .setKeepLogFileNum(5)
        .setParanoidChecks(true));
    // DESIGN B3: nothing is acknowledged before it is durable; sync = fsync of the WAL.
    syncWrites = own(new WriteOptions().setSync(true));
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try {
      db = RocksDB.open(dbOptions, path, descriptors, handles);
    } catch (RocksDBException | RuntimeException e) {
      closeAll(settings);
      throw e;
    }
    for (int i = 0; i < Family.values().length; i++) {
      families.put(Family.values()[i], handles.get(i + 1));
      familyIds[i] = handles.get(i + 1).getID();
    }
    defaultFamily = handles.get(0);
  }

  static Handles open(String path, boolean create) throws RocksDBException {
    return new Handles(path, create);
  }

  private static ColumnFamilyOptions options(Family family, LRUCache cache, BloomFilter bloom) {
    BlockBasedTableConfig table = new BlockBasedTableConfig()
        .setBlockCache(cache)
        .setCacheIndexAndFilterBlocks(true)
        .setPinL0FilterAndIndexBlocksInCache(true);
    if (family.pointLookups()) {
      table.setFilterPolicy(bloom);
    }
    ColumnFamilyOptions options = new ColumnFamilyOptions();
    if (family.mostlyMisses()) {
      // In memory only (the files are as before): some 10 bits per key of a full memtable.
      options.setMemtablePrefixBloomSizeRatio(MEMTABLE_FILTER_RATIO)
          .setMemtableWholeKeyFiltering(true);
    }
    if (family.hashedByDigest()) {
      // Scans stay under one digest: Scan bounds every iterator by the prefix's successor.
      options.useFixedLengthPrefixExtractor(Family.DIGEST_PREFIX)
          .setMemTableConfig(new HashSkipListMemTableConfig());
    }
    return options
        .setTableFormatConfig(table)
        .setCompressionType(
            family.compressed() ? CompressionType.LZ4_COMPRESSION : CompressionType.NO_COMPRESSION)
        .setLevelCompactionDynamicLevelBytes(true);
  }

  private <T extends RocksObject> T own(T object) {
    settings.add(object);
    return object;
  }

  ColumnFamilyHandle cf(Family family) {
    return families.get(family);
  }

  /** The family's id, as a serialized write batch names it ({@link WriteBatchBytes}). */
  int cfId(Family family) {
    return familyIds[family.ordinal()];
  }

  /** Handles first, then the database, then what configured it (RocksJava's required order). */
  @Override
  public void close() {
    List<AutoCloseable> first = new ArrayList<>(families.values());
    first.add(defaultFamily);
    first.add(db);
    closeAll(first);
    closeAll(settings);
    families.clear();
  }

  private static void closeAll(List<AutoCloseable> objects) {
    for (AutoCloseable object : objects) {
      try {
        object.close();
      } catch (Exception e) {
        // Releasing a native handle does not fail in practice; keep releasing the rest.
      }
    }
    objects.clear();
  }
}
