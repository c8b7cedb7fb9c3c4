package dev.pedigree.api.handler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.StoredHashIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredHashCacheTest {
  /** Stored hash i is 32 bytes of the value i. */
  private static final HashReader STORE = indexes -> {
    List<byte[]> hashes = new ArrayList<>();
    for (long index : indexes) {
      hashes.add(hash(index));
    }
    return hashes;
  };

  private static byte[] hash(long index) {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) index);
    return hash;
  }

  private static void read(StoredHashCache cache, long... indexes) throws HashReadException {
    StoredHashCache.Reads reads = new StoredHashCache.Reads(STORE);
    reads.readHashes(indexes);
    cache.keep(reads);
  }

  @Test
  void inMemory_empty_misses() {
    StoredHashCache cache = new StoredHashCache(8);
    HashReadException miss = assertThrows(HashReadException.class,
        () -> cache.inMemory().readHashes(new long[] {0}));
    assertTrue(StoredHashCache.missed(miss));
    assertEquals("stored hash 0 is not cached", miss.getMessage());
  }

  @Test
  void inMemory_afterKeep_answersWhatTheStoreRead() throws Exception {
    StoredHashCache cache = new StoredHashCache(8);
    read(cache, 3, 0, 7);
    List<byte[]> got = cache.inMemory().readHashes(new long[] {7, 3, 0, 3});
    assertEquals(4, got.size());
    assertArrayEquals(hash(7), got.get(0));
    assertArrayEquals(hash(3), got.get(1));
    assertArrayEquals(hash(0), got.get(2));
    assertArrayEquals(hash(3), got.get(3));
    assertTrue(StoredHashCache.missed(assertThrows(HashReadException.class,
        () -> cache.inMemory().readHashes(new long[] {3, 1}))));
  }

  @Test
  void keep_sameSlot_latestWinsAndTheOtherMisses() throws Exception {
    StoredHashCache cache = new StoredHashCache(4);
    read(cache, 1);
    read(cache, 5); // 5 mod 4 = 1
    assertArrayEquals(hash(5), cache.inMemory().readHashes(new long[] {5}).get(0));
    HashReadException miss = assertThrows(HashReadException.class,
        () -> cache.inMemory().readHashes(new long[] {1}));
    assertTrue(StoredHashCache.missed(miss));
    assertEquals("stored hash 1 is not cached", miss.getMessage());
  }

  @Test
  void inMemory_answersCopies() throws Exception {
    StoredHashCache cache = new StoredHashCache(4);
    read(cache, 2);
    cache.inMemory().readHashes(new long[] {2}).get(0)[0] = 99;
    assertArrayEquals(hash(2), cache.inMemory().readHashes(new long[] {2}).get(0));
  }

  @Test
  void reads_failingStore_keepsNothing() {
    StoredHashCache cache = new StoredHashCache(4);
    StoredHashCache.Reads reads = new StoredHashCache.Reads(indexes -> {
      throw new HashReadException("disk on fire");
    });
    HashReadException failure = assertThrows(HashReadException.class,
        () -> reads.readHashes(new long[] {1}));
    assertFalse(StoredHashCache.missed(failure));
    cache.keep(reads);
    assertTrue(StoredHashCache.missed(assertThrows(HashReadException.class,
        () -> cache.inMemory().readHashes(new long[] {1}))));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -4, 3, 12})
  void new_capacityNotAPowerOfTwo_refused(int capacity) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StoredHashCache(capacity));
    assertEquals("capacity " + capacity + " is not a power of two", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"1, 16384", "10, 262144", "40, 1048576", "41, 1048576", "2048, 33554432"})
  void ofMebibytes_largestPowerOfTwoThatFits(int mib, int capacity) {
    StoredHashCache cache = StoredHashCache.ofMebibytes(mib);
    assertEquals(capacity, cache.capacity());
    assertTrue((long) cache.capacity() * StoredHashCache.BYTES_PER_HASH <= (long) mib << 20);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 2049})
  void ofMebibytes_outOfRange_refused(int mib) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoredHashCache.ofMebibytes(mib));
    assertEquals(mib + " MiB outside [1, 2048]", e.getMessage());
  }

  /** A tree of {@code leaves} random leaf hashes, as the ledger's store keeps it. */
  private static MemoryHashStore tree(int leaves, Random random) {
    MemoryHashStore store = new MemoryHashStore();
    for (int i = 0; i < leaves; i++) {
      byte[] leafHash = new byte[32];
      random.nextBytes(leafHash);
      store.append(leafHash);
    }
    return store;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 8, 33, 100, 257})
  void keepLeaf_anyOrder_keepsEveryStoredHashAsTheStore(int leaves) throws Exception {
    Random random = new Random(leaves);
    MemoryHashStore store = tree(leaves, random);
    List<Long> order = new ArrayList<>();
    for (long i = 0; i < leaves; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random); // registrations are answered in any order
    StoredHashCache cache = new StoredHashCache(1024);
    for (long i : order) {
      cache.keepLeaf(i, store.hash(StoredHashIndex.of(0, i)));
    }
    for (long index = 0; index < store.storedHashCount(); index++) {
      assertArrayEquals(store.hash(index),
          cache.inMemory().readHashes(new long[] {index}).get(0), "stored hash " + index);
    }
  }

  @Test
  void keepLeaf_smallCache_keepsOnlyTrueHashes() throws Exception {
    Random random = new Random(5);
    MemoryHashStore store = tree(300, random);
    StoredHashCache cache = new StoredHashCache(16); // far fewer slots than the 600 hashes
    int kept = 0;
    for (long i = 0; i < 300; i++) {
      cache.keepLeaf(i, store.hash(StoredHashIndex.of(0, i)));
      if (i % 7 == 0) { // a proof's read of the store now and then
        StoredHashCache.Reads reads = new StoredHashCache.Reads(store);
        reads.readHashes(new long[] {random.nextInt((int) store.storedHashCount())});
        cache.keep(reads);
      }
    }
    for (long index = 0; index < store.storedHashCount(); index++) {
      try {
        byte[] got = cache.inMemory().readHashes(new long[] {index}).get(0);
        assertArrayEquals(store.hash(index), got, "stored hash " + index);
        kept++;
      } catch (HashReadException e) {
        assertTrue(StoredHashCache.missed(e));
      }
    }
    assertEquals(16, kept); // every slot holds a hash, and each is right
  }
}
