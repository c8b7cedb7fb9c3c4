package dev.pedigree.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.lineage.Bundles;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Where the time of a durable append goes: parsing alone, parsing and verifying signatures (on
 * every core), the sequencer alone (rules, leaves, Merkle hashes, synced batches) fed with
 * pre-verified submissions as fast as it takes them (half of the entries), the sequencer with the
 * answers' bundles built on the pool as each batch becomes durable, as the ledger does (the other
 * half; the bundles' own CPU time is measured around each), and the bundles of the first half
 * against the latest checkpoint, as {@code GET /v1/entries/{id}/bundle} builds them. Each stage
 * prints its wall-clock rate and the process CPU time per entry, which a loaded machine distorts
 * far less than the rate, and the CPU time of its busiest threads by name (the JIT's compiler
 * threads included: their share should be small). A first round on half of the entries warms the
 * JIT up and is not printed.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.StageBench [n]}
 */
public final class StageBench {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StageBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Sha256.hash("bench".getBytes()));
    List<byte[]> bodies = IntStream.range(0, n).parallel()
        .mapToObj(i -> AppendBench.release(key, "bench/stage-" + i)).toList();
    try (TempDir dir = TempDir.create("pedigree-stage");
        RocksStore store = RocksStore.open(dir.path())) {
      StoreLedgerView view = new StoreLedgerView(store);
      NoteSigner signer = NoteSigner.of("example.com/bench", key);
      try (Sequencer sequencer = Sequencer.start(store, view, signer, Clock.systemUTC(), 256, 0)) {
        Submission binding = Submission.parse(AppendBench.binding(key));
        sequencer.submit(binding).join();
        // The first round warms the JIT up on every path; only the second is measured.
        int warm = n / 2;
        rounds(bodies.subList(0, warm), store, view, sequencer, false);
        rounds(bodies.subList(warm, n), store, view, sequencer, true);
      }
    }
  }

  private static void rounds(List<byte[]> bodies, RocksStore store, StoreLedgerView view,
      Sequencer sequencer, boolean print) throws Exception {
    int n = bodies.size();
    Stage stage = Stage.start();
    bodies.parallelStream().forEach(StageBench::parse);
    stage.print(print, "parse only", n);

    stage = Stage.start();
    List<Submission> verified = bodies.parallelStream().map(b -> {
      try {
        Submission s = parse(b);
        s.verifySignatures(view.keyLookup());
        return s;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    stage.print(print, "parse + verify", n);

    long writer = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("pedigree-sequencer")).findFirst().orElseThrow()
        .getId();
    List<Submission> first = verified.subList(0, n / 2);
    long writerCpu = THREADS.getThreadCpuTime(writer);
    stage = Stage.start();
    List<CompletableFuture<Appended>> futures = new ArrayList<>(first.size());
    for (Submission s : first) {
      futures.add(sequencer.submit(s));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
    stage.print(print, "sequencer (batches of 256, synced)", first.size());
    if (print) {
      System.out.printf("%-36s %6.1f us/entry%n", "  of which the sequencer's thread:",
          (THREADS.getThreadCpuTime(writer) - writerCpu) / 1e3 / first.size());
    }

    // As Ledger.submit does: each answer's bundle is built on a pool sized to the cores once its
    // batch is durable, while the sequencer goes on with the next batches.
    Bundles bundles = new Bundles(store, view);
    ExecutorService pool = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), r -> new Thread(r, "pedigree-answer"));
    List<Submission> second = verified.subList(n / 2, n);
    LongAdder bundleCpu = new LongAdder();
    writerCpu = THREADS.getThreadCpuTime(writer);
    stage = Stage.start();
    List<CompletableFuture<Void>> answers = new ArrayList<>(second.size());
    for (Submission s : second) {
      answers.add(sequencer.submit(s).thenAcceptAsync(a -> {
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
          bundles.answer(a.id(), a.index(), a.leaf(), s.statement(), a.head());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        bundleCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
      }, pool));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    pool.shutdown();
    stage.print(print, "sequencer + the answers' bundles", second.size());
    if (print) {
      System.out.printf("%-36s %6.1f us/entry%n", "  of which the sequencer's thread:",
          (THREADS.getThreadCpuTime(writer) - writerCpu) / 1e3 / second.size());
      System.out.printf("%-36s %6.1f us/entry%n", "  of which the bundles:",
          bundleCpu.sum() / 1e3 / second.size());
    }

    // What GET /v1/entries/{id}/bundle does, for entries appended before the latest checkpoint.
    stage = Stage.start();
    futures.parallelStream().forEach(f -> {
      try {
        bundles.bundle(f.join().id()).orElseThrow();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    stage.print(print, "bundles of earlier entries (GET)", first.size());
  }

  private static Submission parse(byte[] body) {
    try {
      return Submission.parse(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wall clock, process CPU time and CPU time by thread name at the start of a stage. */
  private record Stage(long nanos, long cpuNanos, Map<String, Long> threads) {
    static Stage start() {
      return new Stage(System.nanoTime(), OS.getProcessCpuTime(), ThreadTicks.now());
    }

    /** Where the process's CPU time went by thread name, native threads included (Linux). */
    void printThreads(int n) {
      ThreadTicks.since(threads).limit(4).forEach(e -> System.out.printf("%-36s %6.1f us/entry%n",
          "    thread " + e.getKey(), e.getValue() * ThreadTicks.MICROS_PER_TICK / n));
    }

    void print(boolean print, String what, int n) {
      if (!print) {
        return;
      }
      double seconds = (System.nanoTime() - nanos) / 1e9;
      double cpuMicros = (OS.getProcessCpuTime() - cpuNanos) / 1e3 / n;
      System.out.printf("%-36s %6d in %6.2f s = %7.0f/s, CPU %6.1f us/entry (load %.1f)%n",
          what + ":", n, seconds, n / seconds, cpuMicros, OS.getSystemLoadAverage());
      printThreads(n);
    }
  }
}
