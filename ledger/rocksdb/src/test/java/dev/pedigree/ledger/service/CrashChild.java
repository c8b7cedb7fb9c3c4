package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The ledger in a process of its own for {@link CrashTest}: appends from many threads and prints
 * {@code ACK <id>} for every acknowledged entry, until it is killed.
 *
 * <p>Usage: {@code CrashChild <data dir> <threads>}.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    Ed25519PrivateKey key = SignedEntries.key("acme");
    String run = UUID.randomUUID().toString().substring(0, 8);
    Ledger ledger = Ledger.open(LedgerConfig.of(dir));
    ledger.submit(SignedEntries.binding("acme", key)).join();
    System.out.println("READY " + ledger.health().treeSize());
    System.out.flush();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        for (int i = 0; ; i++) {
          byte[] body = SignedEntries.release("acme/r" + run + "-" + thread + "-" + i, "1.0", key);
          Registration r = ledger.submit(body).join();
          synchronized (System.out) {
            System.out.println("ACK " + r.id() + " " + r.index());
            System.out.flush();
          }
        }
      });
      worker.start();
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
