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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Where the time of a durable append goes: parsing alone, parsing and verifying signatures (on
 * every core), the sequencer alone (rules, leaves, Merkle hashes, synced batches) fed with
 * pre-verified submissions as fast as it takes them, and the bundles of the answers. Each stage
 * prints its wall-clock rate and the process CPU time per entry, which a loaded machine distorts
 * far less than the rate.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.StageBench [n]}
 */
public final class StageBench {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private StageBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Sha256.hash("bench".getBytes()));
    List<byte[]> bodies = IntStream.range(0, n).parallel()
        .mapToObj(i -> AppendBench.release(key, "bench/stage-" + i)).toList();
    Path dir = Files.createTempDirectory("pedigree-stage");
    try (RocksStore store = RocksStore.open(dir)) {
      StoreLedgerView view = new StoreLedgerView(store);
      NoteSigner signer = NoteSigner.of("example.com/bench", key);
      try (Sequencer sequencer = Sequencer.start(store, view, signer, Clock.systemUTC(), 256, 0)) {
        Submission binding = Submission.parse(AppendBench.binding(key));
        sequencer.submit(binding).join();
        // Warm-up on a copy of the work, so that the JIT has compiled the parse path.
        bodies.parallelStream().limit(Math.min(n, 2_000)).forEach(StageBench::parse);

        Stage stage = Stage.start();
        bodies.parallelStream().forEach(StageBench::parse);
        stage.print("parse only", n);

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
        stage.print("parse + verify", n);

        stage = Stage.start();
        List<CompletableFuture<Appended>> futures = new ArrayList<>(n);
        for (Submission s : verified) {
          futures.add(sequencer.submit(s));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        stage.print("sequencer (batches of 256, synced)", n);

        Bundles bundles = new Bundles(store, view);
        stage = Stage.start();
        IntStream.range(0, n).parallel().forEach(i -> {
          try {
            Appended a = futures.get(i).join();
            bundles.bundle(a.id(), a.index(), verified.get(i).statement());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        stage.print("bundles of the answers", n);
      }
    }
  }

  private static Submission parse(byte[] body) {
    try {
      return Submission.parse(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wall clock and process CPU time at the start of a stage. */
  private record Stage(long nanos, long cpuNanos) {
    static Stage start() {
      return new Stage(System.nanoTime(), OS.getProcessCpuTime());
    }

    void print(String what, int n) {
      double seconds = (System.nanoTime() - nanos) / 1e9;
      double cpuMicros = (OS.getProcessCpuTime() - cpuNanos) / 1e3 / n;
      System.out.printf("%-36s %6d in %6.2f s = %7.0f/s, CPU %6.1f us/entry (load %.1f)%n",
          what + ":", n, seconds, n / seconds, cpuMicros, OS.getSystemLoadAverage());
    }
  }
}
