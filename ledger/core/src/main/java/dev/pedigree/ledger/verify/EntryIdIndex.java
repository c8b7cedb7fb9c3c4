package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import java.util.Arrays;

/**
 * Entry ids (lowercase hex SHA-256, DESIGN A3) numbered 0, 1, 2… in the order added, in about 40
 * bytes an id: the 32 bytes themselves in one array, and an open-addressing table of numbers. A
 * {@code HashMap<String, …>} spends about 150. Not thread-safe.
 */
final class EntryIdIndex {
  private static final int WORDS = Sha256.LENGTH / Long.BYTES;

  private long[] ids = new long[WORDS * 1024];
  private int[] slots = new int[2048]; // entry number + 1; 0 is an empty slot
  private int size;

  /** How many ids were added. */
  int size() {
    return size;
  }

  /**
   * Adds an id and returns its number.
   *
   * @throws IllegalArgumentException if the id is not 64 lowercase hex digits or is here already
   */
  int add(String id) {
    long[] words = words(id);
    if (words == null) {
      throw new IllegalArgumentException("entry id " + id + " is not 64 lowercase hex digits");
    }
    if (find(words) >= 0) {
      throw new IllegalArgumentException("entry " + id + " is here already");
    }
    if ((size + 1) * 10L > slots.length * 7L) {
      grow();
    }
    if (ids.length < (size + 1) * WORDS) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    System.arraycopy(words, 0, ids, size * WORDS, WORDS);
    place(size);
    return size++;
  }

  /** The number of {@code id}, or -1 if it was not added. */
  int find(String id) {
    long[] words = words(id);
    return words == null ? -1 : find(words);
  }

  /** The id numbered {@code n}, in lowercase hex. */
  String id(int n) {
    byte[] bytes = new byte[Sha256.LENGTH];
    for (int w = 0; w < WORDS; w++) {
      long word = ids[n * WORDS + w];
      for (int b = 0; b < Long.BYTES; b++) {
        bytes[w * Long.BYTES + b] = (byte) (word >>> (56 - 8 * b));
      }
    }
    return Hex.encode(bytes);
  }

  private int find(long[] words) {
    int mask = slots.length - 1;
    for (int s = hash(words[0]) & mask; slots[s] != 0; s = (s + 1) & mask) {
      int n = slots[s] - 1;
      if (ids[n * WORDS] == words[0]
          && ids[n * WORDS + 1] == words[1]
          && ids[n * WORDS + 2] == words[2]
          && ids[n * WORDS + 3] == words[3]) {
        return n;
      }
    }
    return -1;
  }

  private void place(int n) {
    int mask = slots.length - 1;
    int s = hash(ids[n * WORDS]) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = n + 1;
  }

  private void grow() {
    slots = new int[slots.length * 2];
    for (int n = 0; n < size; n++) {
      place(n);
    }
  }

  /** Ids are SHA-256 outputs, so their first bits are already uniform. */
  private static int hash(long word) {
    return (int) (word >>> 32);
  }

  private static long[] words(String id) {
    if (!Hex.isLowerHex(id, Sha256.LENGTH)) {
      return null;
    }
    long[] words = new long[WORDS];
    for (int w = 0; w < WORDS; w++) {
      words[w] = Long.parseUnsignedLong(id, w * 16, w * 16 + 16, 16);
    }
    return words;
  }
}
