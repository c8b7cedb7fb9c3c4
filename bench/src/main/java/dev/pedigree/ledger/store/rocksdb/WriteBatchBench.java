package dev.pedigree.ledger.store.rocksdb;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.Env;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksMemEnv;
import org.rocksdb.WriteBatch;

/**
 * Building the RocksDB write batch of one append of 20 releases (240 puts in 10 families, the
 * sizes of the load benchmark's entries): a {@code put} call per record, each through JNI, against
 * {@link WriteBatchBytes} serialized in Java and handed over in one call. Both end with the same
 * native batch (its bytes are equal, {@code WriteBatchBytesTest}); writing it is the same work
 * either way and is left out. In the same package as the class it measures, which is not public.
 *
 * <p>Usage: {@code java -jar bench/target/benchmarks.jar WriteBatchBench}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class WriteBatchBench {
  private static final int ENTRIES = 20;

  private RocksMemEnv env;
  private DBOptions options;
  private RocksDB db;
  private final List<ColumnFamilyHandle> families = new ArrayList<>();
  /** Each put as {family index, key, value}. */
  private final List<Object[]> puts = new ArrayList<>();

  @Setup(Level.Trial)
  public void open() throws Exception {
    RocksDB.loadLibrary();
    // The handles are all the benchmark needs of a database: it lives in memory, not on disk.
    env = new RocksMemEnv(Env.getDefault());
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    for (Family family : Family.values()) {
      descriptors.add(new ColumnFamilyDescriptor(family.cfName()));
    }
    options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
        .setEnv(env);
    db = RocksDB.open(options, "/pedigree-writebatch", descriptors, families);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < ENTRIES; i++) {
      put(random, Family.LEAVES, 8, 1_200);
      put(random, Family.IDS, 32, 8);
      put(random, Family.NAMES, 40, 8);
      put(random, Family.NAMES, 36, 4);
      put(random, Family.NAMES, 30, 28);
      put(random, Family.NAMESPACES, 45, 28);
      for (int file = 0; file < 3; file++) {
        put(random, Family.DIGESTS, 60, 32);
      }
      put(random, Family.KEYS, 41, 0);
      put(random, Family.HASHES, 8, 32);
      put(random, Family.HASHES, 8, 32);
    }
  }

  private void put(SplittableRandom random, Family family, int keyLength, int valueLength) {
    byte[] key = new byte[keyLength];
    byte[] value = new byte[valueLength];
    random.nextBytes(key);
    random.nextBytes(value);
    puts.add(new Object[] {family.ordinal() + 1, key, value});
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    families.forEach(ColumnFamilyHandle::close);
    db.close();
    options.close();
    env.close();
  }

  @Benchmark
  public long putPerRecord() throws RocksDBException {
    try (WriteBatch batch = new WriteBatch()) {
      for (Object[] put : puts) {
        batch.put(families.get((int) put[0]), (byte[]) put[1], (byte[]) put[2]);
      }
      return batch.getDataSize();
    }
  }

  @Benchmark
  public long serializedInJava() throws RocksDBException {
    WriteBatchBytes bytes = new WriteBatchBytes();
    for (Object[] put : puts) {
      bytes.put((int) put[0], (byte[]) put[1], (byte[]) put[2]);
    }
    try (WriteBatch batch = new WriteBatch(bytes.toByteArray())) {
      return batch.getDataSize();
    }
  }
}
