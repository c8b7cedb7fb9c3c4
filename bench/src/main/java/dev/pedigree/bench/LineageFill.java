package dev.pedigree.bench;

import dev.pedigree.ledger.checkpoint.LogOrigin;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.sequencer.Appended;
import dev.pedigree.ledger.sequencer.Sequencer;
import dev.pedigree.ledger.sequencer.StoreLedgerView;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Fills a ledger data directory (its {@code log.key} and {@code store/}, as {@code Ledger.open}
 * expects them) with signed releases through the ledger's own sequencer: the same rules, leaves,
 * Merkle hashes, signed checkpoints and synced batches as {@code Ledger.submit}, without the
 * per-entry signature check (every entry is signed by the namespace's bound key) or the answer's
 * bundle, which would triple the time. Chunks are signed in parallel, so no more than one chunk of
 * bodies is ever held.
 */
final class LineageFill {
  private static final int CHUNK = 20_000;

  private LineageFill() {}

  static void fill(Path dir, int n) throws Exception {
    Files.createDirectories(dir);
    Ed25519PrivateKey logKey = Ed25519PrivateKey.generate();
    KeyFiles.writePrivateKey(dir.resolve("log.key"), logKey, false);
    NoteSigner signer = NoteSigner.of(LogOrigin.defaultFor(logKey.publicKey()), logKey);
    long start = System.nanoTime();
    try (RocksStore store = RocksStore.open(dir.resolve("store"))) {
      StoreLedgerView view = new StoreLedgerView(store);
      try (Sequencer sequencer = Sequencer.start(store, view, signer, Clock.systemUTC(), 256, 0)) {
        sequencer.submit(Submission.parse(AppendBench.binding(LineageBench.KEY))).join();
        for (int from = 0; from < n; from += CHUNK) {
          int first = from;
          List<Submission> chunk = IntStream.range(from, Math.min(n, from + CHUNK)).parallel()
              .mapToObj(i -> parse(AppendBench.release(LineageBench.KEY, "bench/m-" + i)))
              .toList();
          CompletableFuture<Appended> last = null;
          for (Submission s : chunk) {
            last = sequencer.submit(s);
          }
          last.join();
          if ((first / CHUNK) % 5 == 4 || first + CHUNK >= n) {
            System.out.printf("%d entries (%.0f s, load average %s)%n", sequencer.size(),
                (System.nanoTime() - start) / 1e9, LineageBench.loadAverage());
          }
        }
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
}
