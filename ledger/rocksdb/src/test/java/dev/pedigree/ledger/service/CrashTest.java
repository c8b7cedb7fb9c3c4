package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.chain.ChainVerifier;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.Merkle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a ledger process (SIGKILL) at a random moment while it appends from many threads, then
 * reopens the data directory: every acknowledged entry is there, the chain and the root verify,
 * and no half-written batch is visible. {@code bench/crash-soak.sh} repeats it many more times.
 */
class CrashTest {
  static final int RUNS = Integer.getInteger("crash.runs", 3);

  @TempDir Path dir;

  @Test
  void kill_whileAppending_everyAcknowledgedEntrySurvives() throws Exception {
    Random random = new Random();
    long total = 0;
    for (int run = 0; run < RUNS; run++) {
      Map<String, Long> acked = runAndKill(dir, random.nextInt(1500));
      assertTrue(acked.size() > 0, "run " + run + ": nothing acknowledged before the kill");
      total += acked.size();
      try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
        for (Map.Entry<String, Long> e : acked.entrySet()) {
          assertEquals(e.getValue(), ledger.entry(e.getKey()).orElseThrow(
              () -> new AssertionError("acknowledged " + e.getKey() + " lost")).index());
        }
        verifyWhole(ledger);
      }
    }
    assertTrue(total >= RUNS);
  }

  /** Re-chains every leaf and recomputes the root from them: nothing half-written is visible. */
  static void verifyWhole(Ledger ledger) throws Exception {
    long size = ledger.health().treeSize();
    ChainVerifier chain = ChainVerifier.fromGenesis();
    List<byte[]> hashes = new ArrayList<>();
    for (long i = 0; i < size; i++) {
      byte[] leaf = ledger.leaf(i).orElseThrow();
      chain.accept(leaf);
      hashes.add(Merkle.leafHash(leaf));
    }
    assertTrue(ledger.leaf(size).isEmpty(), "a leaf beyond the head");
    assertEquals(Bytes.copyOf(Merkle.root(hashes)), ledger.store().head().orElseThrow().root());
  }

  /** Starts the child, lets it append for {@code millis} after its first ack, kills it. */
  static Map<String, Long> runAndKill(Path dir, long millis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), dir.toString(), "16")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Map<String, Long> acked = new ConcurrentHashMap<>();
    CountDownLatch firstAck = new CountDownLatch(1);
    Thread readerThread = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          String[] parts = line.split(" ");
          // A line cut short by the kill was never acknowledged whole.
          if (parts.length == 3 && parts[0].equals("ACK") && parts[1].length() == 64) {
            acked.put(parts[1], Long.parseLong(parts[2]));
            firstAck.countDown();
          }
        }
      } catch (Exception e) {
        // the pipe closes when the child dies
      }
    });
    readerThread.start();
    try {
      if (!firstAck.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("child acknowledged nothing in 30 s");
      }
      Thread.sleep(millis);
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
      readerThread.join(5000);
    }
    return acked;
  }
}
