package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredHashIndexTest {
  /** Go's tlog.StoredHashIndex as written there: a loop down to level 0, then n + n/2 + .... */
  private static long goStoredHashIndex(int level, long n) {
    for (int l = level; l > 0; l--) {
      n = 2 * n + 1;
    }
    long i = 0;
    for (; n > 0; n >>= 1) {
      i += n;
    }
    return i + level;
  }

  @ParameterizedTest
  @CsvSource({
    // Four leaves: leaf 0, leaf 1, node (1, 0), leaf 2, leaf 3, node (1, 1), node (2, 0), leaf 4.
    "0, 0, 0", "0, 1, 1", "1, 0, 2", "0, 2, 3", "0, 3, 4", "1, 1, 5", "2, 0, 6", "0, 4, 7",
  })
  void of_firstNodes(int level, long n, long index) {
    assertEquals(index, StoredHashIndex.of(level, n));
  }

  @Test
  void of_equalsGoLoop() {
    for (int level = 0; level <= 12; level++) {
      for (long n = 0; n < 2000; n++) {
        assertEquals(goStoredHashIndex(level, n), StoredHashIndex.of(level, n), level + "," + n);
      }
    }
    assertEquals(
        goStoredHashIndex(0, StoredHashIndex.MAX_LEAVES - 1),
        StoredHashIndex.of(0, StoredHashIndex.MAX_LEAVES - 1));
  }

  @Test
  void split_invertsOf() {
    for (long index = 0; index < 20_000; index++) {
      StoredHashIndex.Coordinate c = StoredHashIndex.split(index);
      assertEquals(index, StoredHashIndex.of(c.level(), c.n()), "index " + index);
    }
    assertEquals(new StoredHashIndex.Coordinate(2, 0), StoredHashIndex.split(6));
  }

  @Test
  void count_isIndexOfNextLeaf() {
    assertEquals(0, StoredHashIndex.count(0));
    assertEquals(1, StoredHashIndex.count(1));
    assertEquals(3, StoredHashIndex.count(2));
    assertEquals(7, StoredHashIndex.count(4));
    for (long n = 0; n < 20_000; n++) {
      assertEquals(StoredHashIndex.of(0, n), StoredHashIndex.count(n), "n " + n);
    }
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "63, 0", "0, -1", "0, 4611686018427387904", "1, 2305843009213693952"})
  void of_outOfRange_refused(int level, long n) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StoredHashIndex.of(level, n));
    assertEquals("no stored hash at level " + level + ", n " + n, e.getMessage());
  }
}
