package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
  @Test
  void randomIds_sortedAsRocksDbOrdersThem() {
    Random random = new Random(42);
    for (int n : new int[] {0, 1, 2, 3, 100, 4097, 70_000}) {
      byte[][] keys = new byte[n][32];
      for (byte[] key : keys) {
        random.nextBytes(key);
      }
      assertSorted(keys, KeyOrder.of(keys));
    }
  }

  @Test
  void sharedPrefixes_duplicatesAndShortKeys_orderedInFull() {
    Random random = new Random(7);
    byte[][] keys = new byte[3_000][];
    for (int i = 0; i < keys.length; i++) {
      // Few distinct first bytes, lengths 0 to 12, high bytes (unsigned order), repeats.
      byte[] key = new byte[random.nextInt(13)];
      for (int j = 0; j < key.length; j++) {
        key[j] = (byte) (j < 6 ? random.nextInt(3) * 0x7f : random.nextInt(256));
      }
      keys[i] = i % 10 == 9 ? keys[i - 1].clone() : key;
    }
    assertSorted(keys, KeyOrder.of(keys));
  }

  @Test
  void unsignedOrder_highBytesLast() {
    byte[][] keys = {{(byte) 0xff}, {0x00}, {(byte) 0x80}, {0x7f}, {}};
    assertArrayEquals(new int[] {4, 1, 3, 2, 0}, KeyOrder.of(keys));
  }

  private static void assertSorted(byte[][] keys, int[] order) {
    assertEquals(keys.length, order.length);
    assertArrayEquals(IntStream.range(0, keys.length).toArray(),
        Arrays.stream(order).sorted().toArray(), "a permutation of the positions");
    Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparing(i -> keys[i], Arrays::compareUnsigned));
    for (int i = 0; i < keys.length; i++) {
      assertTrue(Arrays.equals(keys[expected[i]], keys[order[i]]), "position " + i);
    }
  }
}
