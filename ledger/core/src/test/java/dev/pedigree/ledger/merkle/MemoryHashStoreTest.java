package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryHashStoreTest {
  private static List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(Merkle.leafHash(new byte[] {(byte) i, (byte) (i >> 8)}));
    }
    return leaves;
  }

  @ParameterizedTest(name = "page bits {0}")
  @ValueSource(ints = {0, 1, 3, 15})
  void append_storesEverySubtreeRoot(int pageBits) {
    List<byte[]> leaves = leaves(130);
    MemoryHashStore store = new MemoryHashStore(pageBits);
    for (int i = 0; i < leaves.size(); i++) {
      assertEquals(i, store.append(leaves.get(i)));
      assertEquals(StoredHashIndex.count(i + 1), store.storedHashCount());
    }
    // Each stored hash is the RFC 6962 root of the leaves its coordinate covers.
    for (long index = 0; index < store.storedHashCount(); index++) {
      StoredHashIndex.Coordinate c = StoredHashIndex.split(index);
      int from = Math.toIntExact(c.n() << c.level());
      int to = Math.toIntExact((c.n() + 1) << c.level());
      assertArrayEquals(
          Rfc6962Reference.mth(leaves.subList(from, to)), store.hash(index), "index " + index);
    }
  }

  @Test
  void append_sameHashesAsStoredHashes() throws Exception {
    MemoryHashStore store = new MemoryHashStore(2);
    ListHashStore list = new ListHashStore();
    for (byte[] leaf : leaves(200)) {
      store.append(leaf);
      list.append(leaf);
    }
    assertEquals(list.hashes.size(), store.storedHashCount());
    for (int i = 0; i < list.hashes.size(); i++) {
      assertArrayEquals(list.hashes.get(i), store.hash(i), "index " + i);
    }
  }

  @Test
  void readHashes_beyondStored_refused() {
    MemoryHashStore store = new MemoryHashStore();
    store.append(Merkle.leafHash(new byte[0]));
    HashReadException e =
        assertThrows(HashReadException.class, () -> store.readHashes(new long[] {0, 1}));
    assertEquals("no stored hash at index 1 (1 stored)", e.getMessage());
  }

  @Test
  void append_shortHash_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new MemoryHashStore().append(new byte[31]));
    assertEquals("leaf hash has 31 bytes, want 32", e.getMessage());
  }

  @Test
  void hash_isACopy() {
    MemoryHashStore store = new MemoryHashStore();
    byte[] leaf = Merkle.leafHash(new byte[0]);
    store.append(leaf);
    store.hash(0)[0] ^= 1;
    leaf[1] ^= 1;
    assertArrayEquals(Merkle.leafHash(new byte[0]), store.hash(0));
  }
}
