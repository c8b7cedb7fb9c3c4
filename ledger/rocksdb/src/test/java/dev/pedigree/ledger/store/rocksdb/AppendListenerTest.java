package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RocksStore#onAppended}: told before the new size shows, and unable to break appends. */
class AppendListenerTest {
  @TempDir Path dir;

  @Test
  void onAppended_toldEachBatchBeforeItsSizeIsVisible() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      List<String> told = new ArrayList<>();
      store.onAppended(entries -> {
        try {
          told.add(entries.get(0).index() + "+" + entries.size() + " at size " + store.size());
        } catch (StoreException e) {
          throw new IllegalStateException(e);
        }
      });
      Fixtures.appendReleases(store, 5, 3);
      assertEquals(List.of("0+3 at size 0", "3+2 at size 3"), told);
      assertEquals(5, store.size());
    }
  }

  @Test
  void onAppended_listenerThrows_batchStillAppendedAndHeadFollows() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      store.onAppended(entries -> {
        throw new IllegalStateException("listener failed");
      });
      Fixtures.appendReleases(store, 4, 2);
      assertEquals(4, store.size());
      assertEquals(4, store.head().orElseThrow().treeSize());
      assertEquals(Fixtures.leaf(3), store.leaf(3).orElseThrow());
    }
  }
}
