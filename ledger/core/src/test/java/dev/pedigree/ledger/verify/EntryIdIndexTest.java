package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntryIdIndexTest {
  private static String id(int i) {
    return Sha256.hex(("entry " + i).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void add_manyIds_eachFoundUnderItsNumber() {
    EntryIdIndex index = new EntryIdIndex();
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, index.add(id(i)));
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i, index.find(id(i)));
      assertEquals(id(i), index.id(i));
    }
    assertEquals(-1, index.find(id(10_000)));
    assertEquals(10_000, index.size());
  }

  @Test
  void find_notAnId_minusOne() {
    EntryIdIndex index = new EntryIdIndex();
    index.add(id(0));
    assertEquals(-1, index.find(id(0).toUpperCase()));
    assertEquals(-1, index.find("abc"));
  }

  @Test
  void add_twice_refused() {
    EntryIdIndex index = new EntryIdIndex();
    index.add(id(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> index.add(id(0)));
    assertEquals("entry " + id(0) + " is here already", e.getMessage());
  }
}
