package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers running during appends never see a head ahead of the leaves and indexes it covers. */
class ConcurrentReadTest {
  private static final int BATCHES = 150;
  private static final int PER_BATCH = 4;

  @TempDir Path dir;

  @Test
  void readers_duringAppends_neverSeeHalfBatch() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicLong reads = new AtomicLong();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        Thread reader = new Thread(() -> readUntilDone(store, writing, reads, problems));
        reader.start();
        readers.add(reader);
      }
      for (int b = 0; b < BATCHES; b++) {
        store.append(Fixtures.batch(store.size(), store.storedHashCount(), PER_BATCH,
            Fixtures::release));
      }
      writing.set(false);
      for (Thread reader : readers) {
        reader.join(10_000);
      }
      assertEquals(List.of(), List.copyOf(problems));
      assertTrue(reads.get() > BATCHES, "readers ran only " + reads.get() + " times");
      assertEquals(BATCHES * PER_BATCH, store.size());
    }
  }

  private static void readUntilDone(RocksStore store, AtomicBoolean writing, AtomicLong reads,
      ConcurrentLinkedQueue<String> problems) {
    long lastSize = 0;
    try {
      while (writing.get() && problems.isEmpty()) {
        Optional<Head> head = store.head();
        long size = head.map(Head::treeSize).orElse(0L);
        if (size < lastSize) {
          problems.add("size went back from " + lastSize + " to " + size);
        }
        lastSize = size;
        if (size > 0) {
          if (store.leaf(size - 1).isEmpty()) {
            problems.add("head says " + size + " but leaf " + (size - 1) + " is missing");
          }
          if (store.indexOf(Fixtures.id(size - 1)).isEmpty()) {
            problems.add("head says " + size + " but id of " + (size - 1) + " is missing");
          }
          if (!head.get().root().equals(Fixtures.root(size))) {
            problems.add("head of size " + size + " holds the root of another size");
          }
        }
        // Batches are whole: a size is always a multiple of the batch size.
        if (size % PER_BATCH != 0) {
          problems.add("size " + size + " is inside a batch");
        }
        reads.incrementAndGet();
      }
    } catch (StoreException | RuntimeException e) {
      problems.add(e.toString());
    }
  }
}
