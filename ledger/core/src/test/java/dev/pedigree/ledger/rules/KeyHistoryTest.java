package dev.pedigree.ledger.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.TestKeys;
import org.junit.jupiter.api.Test;

/** A key history is immutable and cannot be built into a state the rules forbid. */
class KeyHistoryTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey B = TestKeys.of("acme-b");
  private static final String ID0 = "01".repeat(32);
  private static final String ID1 = "02".repeat(32);

  private static KeyChange change(
      String previous, Ed25519PrivateKey add, Ed25519PrivateKey remove) {
    return (KeyChange)
        (remove == null
                ? Entries.addKeys("acme", previous, add)
                : Entries.removeKeys("acme", previous, KeyReason.ROTATED, remove))
            .predicate();
  }

  @Test
  void apply_returnsNewHistory_originalUnchanged() {
    KeyHistory first = KeyHistory.bind(0, ID0, change(null, A, null));
    KeyHistory second = first.apply(5, ID1, change(ID0, B, null));

    assertEquals(1, first.current().size());
    assertEquals(2, second.current().size());
    assertEquals(ID1, second.latestKeyEntryId());
    assertEquals(5, second.boundIndex(B.publicKey().keyId()).getAsLong());
    assertFalse(second.boundAt(B.publicKey().keyId(), 5));
    assertTrue(second.boundAt(B.publicKey().keyId(), 6));
  }

  @Test
  void apply_removingLastKey_refused() {
    KeyHistory first = KeyHistory.bind(0, ID0, change(null, A, null));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> first.apply(1, ID1, change(ID0, null, A)));

    assertEquals("namespace acme would have no key", e.getMessage());
  }

  @Test
  void apply_indexNotAfterLatest_refused() {
    KeyHistory first = KeyHistory.bind(3, ID0, change(null, A, null));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> first.apply(3, ID1, change(ID0, B, null)));

    assertEquals("index 3, want above 3", e.getMessage());
  }

  @Test
  void bind_withPrevious_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> KeyHistory.bind(0, ID1, change(ID0, A, null)));
  }
}
