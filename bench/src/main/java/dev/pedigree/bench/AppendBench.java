package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Durable appends per second through {@link Ledger#submit} (parse, signature check, sequencer,
 * one synced RocksDB write per batch, bundle) at 1, 16, 256 and 1,024 concurrent submitters, each
 * waiting for its acknowledgement before sending the next (closed loop), on a fresh temp data dir.
 * Entries are real signed releases under one namespace, signed before the clock starts.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.AppendBench
 * [entries per run, default 20000] [concurrency...]}
 */
public final class AppendBench {
  /** The sequencer's largest batch: {@code -Dbatch=N}, default the ledger's 256. */
  private static final int BATCH_SIZE =
      Integer.getInteger("batch", LedgerConfig.DEFAULT_BATCH_SIZE);

  private AppendBench() {}

  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int[] levels = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {1, 16, 256, 1024};
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Sha256.hash("bench".getBytes()));
    System.out.printf("cores %d, %d signed entries per run, batches of up to %d%n",
        Runtime.getRuntime().availableProcessors(), entries, BATCH_SIZE);
    for (int level : levels) {
      int n = level == 1 ? Math.min(entries, 2_000) : entries;
      run(key, level, n);
    }
  }

  private static void run(Ed25519PrivateKey key, int submitters, int n) throws Exception {
    String prefix = "run" + submitters;
    List<byte[]> bodies = IntStream.range(0, n).parallel()
        .mapToObj(i -> release(key, "bench/" + prefix + "-" + i)).toList();
    try (TempDir dir = TempDir.create("pedigree-bench");
        Ledger ledger = Ledger.open(new LedgerConfig(dir.path(), Optional.empty(), BATCH_SIZE, 0,
            Clock.systemUTC()))) {
      ledger.submit(binding(key)).join();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(submitters);
      Map<String, Long> ticks = ThreadTicks.now();
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < submitters; t++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            ledger.submit(bodies.get(i)).join();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      System.out.printf("submitters %4d: %7d entries in %6.2f s = %8.0f durable appends/s%n",
          submitters, n, seconds, n / seconds);
      // CPU per entry, load-insensitive unlike the rate; the JIT's compiler threads apart.
      long all = ThreadTicks.since(ticks).mapToLong(Map.Entry::getValue).sum();
      long jit = ThreadTicks.sum(ticks, "C1 ", "C2 ");
      System.out.printf("                 CPU %.0f us/entry + JIT compiler %.0f us/entry, "
          + "%.2f cores used, load average %.1f%n", (all - jit) * ThreadTicks.MICROS_PER_TICK / n,
          jit * ThreadTicks.MICROS_PER_TICK / n, all * ThreadTicks.MICROS_PER_TICK / 1e6 / seconds,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              .getSystemLoadAverage());
      ThreadTicks.since(ticks).limit(4).forEach(e -> System.out.printf(
          "                   thread %-16s %5.0f us/entry%n", e.getKey(),
          e.getValue() * ThreadTicks.MICROS_PER_TICK / n));
      proofLatency(ledger);
    }
  }

  /** Median of inclusion proofs for random indexes in the latest tree. */
  private static void proofLatency(Ledger ledger) throws Exception {
    long size = ledger.health().treeSize();
    int samples = 2_000;
    long[] nanos = new long[samples];
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < samples; i++) {
      long index = (long) (random.nextDouble() * size);
      long t = System.nanoTime();
      ledger.inclusionProof(index, size);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf("                 inclusion proof at size %d: median %.1f us%n", size,
        nanos[samples / 2] / 1e3);
  }

  static byte[] binding(Ed25519PrivateKey key) {
    return sign(() -> Statements.key(Namespace.of("bench"), Optional.empty(),
        List.of(key.publicKey()), List.of(), Optional.empty()), key);
  }

  static byte[] release(Ed25519PrivateKey key, String name) {
    return sign(() -> Statements.release(ModelRef.of(name, "1.0"),
        List.of(Subject.file(FilePath.of("model.safetensors"),
            Digest.of(Bytes.copyOf(Sha256.hash(name.getBytes(StandardCharsets.UTF_8)))))),
        License.spdx("Apache-2.0"), ModelDetails.NONE), key);
  }

  private interface Build {
    Statement get() throws Exception;
  }

  private static byte[] sign(Build build, Ed25519PrivateKey key) {
    try {
      byte[] payload = Jcs.canonicalize(build.get().toJson());
      return Jcs.canonicalize(DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload, List.of(key))
          .toJson());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
