package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.lineage.RecentLinks;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecentLinks} fed by a real store: which ranges it holds, the parents' indexes it resolves,
 * and what it forgets. The log is {@link RandomDag}'s, so parents are known.
 */
class RecentLinksTest {
  private static final RandomDag DAG = new RandomDag(400, 9);

  @TempDir Path dir;

  private static List<String> visit(RecentLinks links, RocksStore store, long from, long to,
      boolean whole) throws StoreException {
    List<String> seen = new ArrayList<>();
    assertEquals(whole, links.forEach(from, to, store,
        (index, parents) -> seen.add(index + " " + Arrays.toString(parents))));
    return seen;
  }

  private static List<String> expected(long from, long to) {
    List<String> want = new ArrayList<>();
    for (int i = (int) from; i < to; i++) {
      int[] p = Arrays.stream(DAG.parents[i]).distinct().toArray();
      if (p.length > 0) {
        want.add(i + " " + Arrays.toString(Arrays.stream(p).asLongStream().toArray()));
      }
    }
    return want;
  }

  @Test
  void forEach_heldRange_visitsLinkedEntriesWithParentIndexes() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      DAG.appendUpTo(store, 100, 10);
      RecentLinks links = new RecentLinks(1_000, store.size());
      store.onAppended(links::appended);
      DAG.appendUpTo(store, 300, 33);
      assertEquals(expected(100, 300), visit(links, store, 100, 300, true));
      assertEquals(expected(150, 151), visit(links, store, 150, 151, true));
      assertEquals(List.of(), visit(links, store, 300, 300, true));
      visit(links, store, 99, 300, false); // before the store was opened: never taken
      visit(links, store, 100, 301, false); // not appended yet
    }
  }

  @Test
  void forEach_rangeForgotten_isNotWhole() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      RecentLinks links = new RecentLinks(10, 0);
      store.onAppended(links::appended);
      DAG.appendUpTo(store, 200, 7);
      // The 11th latest entry with parents is the last one forgotten: what follows it is held.
      long forgotten = 0;
      int linked = 0;
      for (int i = 199; i >= 0 && linked < 11; i--) {
        if (DAG.parents[i].length > 0) {
          linked++;
          forgotten = i;
        }
      }
      assertEquals(10, expected(forgotten + 1, 200).size());
      assertEquals(expected(forgotten + 1, 200), visit(links, store, forgotten + 1, 200, true));
      visit(links, store, forgotten, 200, false);
      visit(links, store, 0, 200, false);
    }
  }

  @Test
  void appended_gapInTheLog_startsAgain() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      DAG.appendUpTo(store, 50, 10);
      RecentLinks links = new RecentLinks(100, 20); // told of 20 while the log is at 50
      store.onAppended(links::appended);
      DAG.appendUpTo(store, 80, 10);
      visit(links, store, 20, 80, false);
      assertEquals(expected(50, 80), visit(links, store, 50, 80, true));
      assertTrue(links.forEach(60, 70, store, (index, parents) -> { }));
      assertFalse(links.forEach(49, 70, store, (index, parents) -> { }));
    }
  }

  @Test
  void new_capacityOrSizeOutOfRange_isRefused() {
    assertEquals("capacity 0 and size 0: want at least 1 and 0",
        assertThrows(IllegalArgumentException.class, () -> new RecentLinks(0, 0)).getMessage());
    assertEquals("capacity 1 and size -1: want at least 1 and 0",
        assertThrows(IllegalArgumentException.class, () -> new RecentLinks(1, -1)).getMessage());
  }
}
