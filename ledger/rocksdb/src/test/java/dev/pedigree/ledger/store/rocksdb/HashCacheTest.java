package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashCacheTest {
  @Test
  void get_putAndAppended_heldUntilTwoGenerationsLater() {
    HashCache cache = new HashCache(2);
    cache.putAll(0, List.of(Fixtures.digest("hash 0"), Fixtures.digest("hash 1")));
    cache.put(7, Fixtures.digest("hash 7")); // starts the second generation
    assertEquals(Fixtures.digest("hash 1"), cache.get(1));
    assertEquals(Fixtures.digest("hash 7"), cache.get(7));
    assertNull(cache.get(2));
    cache.putAll(8, List.of(Fixtures.digest("hash 8"), Fixtures.digest("hash 9")));
    assertNull(cache.get(0), "two generations ago");
    assertEquals(Fixtures.digest("hash 9"), cache.get(9));
  }

  @Test
  void get_foundInPreviousGeneration_movesBackToCurrent() {
    HashCache cache = new HashCache(2);
    cache.putAll(0, List.of(Fixtures.digest("hash 0"), Fixtures.digest("hash 1")));
    cache.put(2, Fixtures.digest("hash 2")); // 0 and 1 are now the previous generation
    assertEquals(Fixtures.digest("hash 0"), cache.get(0)); // back to the current one
    cache.put(3, Fixtures.digest("hash 3")); // 2 and 0 become the previous generation
    assertEquals(Fixtures.digest("hash 0"), cache.get(0));
    assertNull(cache.get(1));
  }
}
