package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export path: leaves stream in index order, one at a time, exactly as stored. */
class LeafExportTest {
  private static final int LEAVES = 100_000;

  @TempDir static Path dir;

  @BeforeAll
  static void writeLeaves() throws StoreException {
    // The lightest facts (four index keys an entry): the leaves are what this test is about.
    EntryFacts facts = EntryFacts.attestation("lab", Fixtures.id(0), List.of(Fixtures.SIGNER));
    try (RocksStore store = RocksStore.open(dir)) {
      for (int done = 0; done < LEAVES; done += 10_000) {
        store.append(Fixtures.batch(done, done, 10_000, i -> facts));
      }
    }
  }

  @Test
  void forEachLeaf_allLeaves_streamsInOrderExactly() throws Exception {
    MessageDigest streamed = MessageDigest.getInstance("SHA-256");
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    AtomicLong next = new AtomicLong();
    try (RocksStore store = RocksStore.open(dir)) {
      store.forEachLeaf(0, LEAVES, (index, leaf) -> {
        assertEquals(next.getAndIncrement(), index);
        streamed.update(leaf.toByteArray());
      });
    }
    for (long i = 0; i < LEAVES; i++) {
      expected.update(Fixtures.leaf(i).toByteArray());
    }
    assertEquals(LEAVES, next.get());
    assertEquals(Bytes.copyOf(expected.digest()), Bytes.copyOf(streamed.digest()));
  }

  @Test
  void forEachLeaf_subRange_visitsOnlyIt() throws Exception {
    AtomicLong count = new AtomicLong();
    try (RocksStore store = RocksStore.open(dir)) {
      store.forEachLeaf(99_990, LEAVES, (index, leaf) -> {
        assertEquals(Fixtures.leaf(index), leaf);
        count.incrementAndGet();
      });
      store.forEachLeaf(5, 5, (index, leaf) -> count.addAndGet(1000));
    }
    assertEquals(10, count.get());
  }

  @Test
  void leaves_chunks_concatenateToTheExport() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      List<Bytes> chunk = store.leaves(99_000, LEAVES);
      assertEquals(1000, chunk.size());
      assertEquals(Fixtures.leaf(99_000), chunk.get(0));
      assertEquals(Fixtures.leaf(LEAVES - 1), chunk.get(999));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> store.leaves(0, 1001));
      assertEquals("leaf range [0, 1001) of more than 1000 leaves", e.getMessage());
    }
  }

  @Test
  void forEachLeaf_visitorFails_stopsWithItsException() throws Exception {
    AtomicLong visited = new AtomicLong();
    try (RocksStore store = RocksStore.open(dir)) {
      IOException e = assertThrows(IOException.class, () -> store.forEachLeaf(0, LEAVES,
          (index, leaf) -> {
            if (visited.incrementAndGet() == 3) {
              throw new IOException("client went away");
            }
          }));
      assertEquals("client went away", e.getMessage());
    }
    assertEquals(3, visited.get());
  }

  @Test
  void forEachLeaf_beyondSize_refused() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> store.forEachLeaf(10, LEAVES + 1, (index, leaf) -> { }));
      assertEquals("leaf range [10, 100001) out of [0, 100000)", e.getMessage());
    }
  }
}
