package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.lineage.DescendantCache;
import dev.pedigree.ledger.lineage.RecentLinks;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DescendantCache} over a real store against brute-force counts of a planned random DAG with
 * merges: cold, caught up after more appends, walked again when the links since were forgotten,
 * after reopening, under concurrent appends, and within its byte budget.
 */
class DescendantCacheTest {
  private static final int N = 3_000;
  private static final RandomDag DAG = new RandomDag(N, 4);

  @TempDir Path dir;
  private RocksStore store;
  private DescendantCache cache;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** Opens the store in {@code dir} with a cache fed by it, as the ledger does. */
  private void open(long budget, int links) throws StoreException {
    store = RocksStore.open(dir);
    RecentLinks recent = new RecentLinks(links, store.size());
    store.onAppended(recent::appended);
    cache = new DescendantCache(store, recent, budget);
  }

  private long count(int root) throws StoreException {
    return cache.count(Fixtures.id(root), root);
  }

  private void assertAllCounts(List<Integer> roots) throws StoreException {
    long size = store.size();
    for (int root : roots) {
      assertEquals(DAG.count(root, size), count(root), "root " + root + " at size " + size);
    }
  }

  private static List<Integer> sampleRoots(long size, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> roots = new ArrayList<>(List.of(0, 1, 2));
    while (roots.size() < count) {
      roots.add(random.nextInt((int) size));
    }
    return roots;
  }

  @Test
  void count_equalsBruteForce_coldThenCaughtUpThenAfterReopen() throws StoreException {
    open(1L << 20, 1 << 12);
    DAG.appendUpTo(store, 1_000, 97);
    List<Integer> roots = sampleRoots(1_000, 60, 1);
    assertAllCounts(roots); // cold: walks
    assertAllCounts(roots); // cached, nothing appended
    for (long to = 1_100; to <= 2_000; to += 300) {
      DAG.appendUpTo(store, to, 37);
      assertAllCounts(roots); // caught up from the links appended since
    }
    store.close();

    open(1L << 20, 1 << 12);
    assertAllCounts(roots); // cold again: nothing survives a reopen
    DAG.appendUpTo(store, N, 250);
    assertAllCounts(sampleRoots(N, 200, 2));
    assertAllCounts(roots);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 64})
  void count_linksForgottenBetweenCounts_walksAgainExactly(int links) throws StoreException {
    open(1L << 20, links);
    DAG.appendUpTo(store, 500, 50);
    List<Integer> roots = sampleRoots(500, 30, 3);
    assertAllCounts(roots);
    for (long to = 510; to <= 1_500; to += 10 + to % 90) {
      DAG.appendUpTo(store, to, 7);
      assertAllCounts(roots);
    }
  }

  @Test
  void count_everyRootOfTheLog_equalsBruteForce() throws StoreException {
    open(1L << 22, 1 << 12);
    DAG.appendUpTo(store, 1_200, 128);
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      roots.add(i);
    }
    assertAllCounts(roots);
    DAG.appendUpTo(store, 1_600, 128);
    assertAllCounts(roots);
  }

  @Test
  void count_staysWithinBudget_evictingLeastRecentlyCounted() throws StoreException {
    long budget = 3 * (DescendantCache.OVERHEAD_BYTES + N / 8);
    open(budget, 1 << 12);
    DAG.appendUpTo(store, N, 500);
    List<Integer> roots = sampleRoots(N, 100, 5);
    int held = 0;
    for (int root : roots) {
      assertEquals(DAG.count(root, N), count(root), "root " + root);
      assertTrue(cache.bytesHeld() <= budget, cache.bytesHeld() + " bytes held");
      held = Math.max(held, cache.rootsHeld());
    }
    assertTrue(held >= 3, "at most " + held + " roots held");
    assertTrue(cache.rootsHeld() < roots.size(), cache.rootsHeld() + " roots held");

    // Counting them all again, evicting as it goes, stays exact and within the budget.
    assertAllCounts(roots);
    assertTrue(cache.bytesHeld() <= budget, cache.bytesHeld() + " bytes held");
  }

  @Test
  void count_setLargerThanBudget_isCountedNotKept() throws StoreException {
    open(100, 1 << 12);
    DAG.appendUpTo(store, 1_000, 500);
    assertEquals(DAG.count(0, 1_000), count(0));
    assertEquals(0, cache.rootsHeld());
    assertEquals(0, cache.bytesHeld());
  }

  @Test
  void count_duringConcurrentAppends_isExactAtSomeSizeBetweenBeforeAndAfter() throws Exception {
    open(1L << 20, 256);
    DAG.appendUpTo(store, 200, 50);
    List<Integer> roots = sampleRoots(200, 20, 6);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      Future<?> writer = pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(7);
        try {
          while (store.size() < N) {
            DAG.appendUpTo(store, Math.min(N, store.size() + 1 + random.nextInt(40)), 16);
          }
        } finally {
          writing.set(false);
        }
        return null;
      });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long seed = t;
        readers.add(pool.submit(() -> {
          SplittableRandom random = new SplittableRandom(seed);
          int checked = 0;
          while (writing.get() || checked < 50) {
            int root = roots.get(random.nextInt(roots.size()));
            long before = store.size();
            long got = count(root);
            long after = store.size();
            // Exact at one size in [before, after]: between the brute counts at both ends.
            long low = DAG.count(root, before);
            long high = DAG.count(root, after);
            assertTrue(low <= got && got <= high, "root " + root + ": " + got + " not in ["
                + low + ", " + high + "] at sizes " + before + ".." + after);
            checked++;
          }
          return checked;
        }));
      }
      writer.get();
      for (Future<Integer> reader : readers) {
        assertTrue(reader.get() >= 50);
      }
    } finally {
      pool.shutdownNow();
    }
    assertAllCounts(roots);
  }
}
