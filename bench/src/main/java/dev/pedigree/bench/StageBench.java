package dev.pedigree.bench;

import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Where the time of a durable append goes: parsing and verifying signatures alone (on every core),
 * then the sequencer alone (rules, leaves, Merkle hashes, synced batches) fed with pre-verified
 * submissions as fast as it takes them.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.StageBench [n]}
 */
public final class StageBench {
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
        long start = System.nanoTime();
        List<Submission> verified = bodies.parallelStream().map(b -> {
          try {
            Submission s = Submission.parse(b);
            s.verifySignatures(view.keyLookup());
            return s;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).toList();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse + verify on %d cores: %d in %.2f s = %.0f/s%n",
            Runtime.getRuntime().availableProcessors(), n, verifySeconds, n / verifySeconds);
        start = System.nanoTime();
        List<CompletableFuture<Appended>> futures = new ArrayList<>(n);
        for (Submission s : verified) {
          futures.add(sequencer.submit(s));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        double seqSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("sequencer alone (batches of 256, synced): %d in %.2f s = %.0f/s%n",
            n, seqSeconds, n / seqSeconds);
      }
    }
  }
}
