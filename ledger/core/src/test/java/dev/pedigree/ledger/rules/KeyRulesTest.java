package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.KEY_NOT_BOUND;
import static dev.pedigree.ledger.intake.Rejection.KEY_STATE_CONFLICT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.statement.KeyReason.COMPROMISED;
import static dev.pedigree.ledger.statement.KeyReason.ROTATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key rules of DESIGN A5, each broken once, with the exact refusal. */
class KeyRulesTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey B = TestKeys.of("acme-b");
  private static final Ed25519PrivateKey C = TestKeys.of("acme-c");
  private static final Ed25519PrivateKey O = TestKeys.of("other-o");

  private final TestLedger ledger = new TestLedger();
  private String first;

  @BeforeEach
  void bindAcme() {
    first = ledger.append(Entries.bind("acme", A), A).id();
  }

  @Test
  void check_rotation_movesTheKeySet() {
    String second = ledger.append(Entries.addKeys("acme", first, B), A, B).id();
    ledger.append(Entries.removeKeys("acme", second, ROTATED, A), B);

    KeyHistory acme = ledger.view().keyHistory("acme").orElseThrow();
    assertEquals(List.of(B.publicKey().keyId()), List.copyOf(acme.current().keySet()));
    assertEquals(3, acme.keyEntryIds().size());
  }

  @Test
  void check_stalePrevious_keyStateConflict() {
    String second = ledger.append(Entries.addKeys("acme", first, B), A, B).id();

    RejectedException e = ledger.refuse(Entries.addKeys("acme", first, C), A, C);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/previous",
        "got previous " + first + ", want " + second + ", the latest key entry of acme");
  }

  @Test
  void check_previousAbsentOnSecondKeyEntry_keyStateConflict() {
    RejectedException e = ledger.refuse(Entries.addKeys("acme", null, B), A, B);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/previous",
        "got no previous, want " + first + ", the latest key entry of acme");
  }

  @Test
  void check_previousOnFirstKeyEntry_keyStateConflict() {
    RejectedException e = ledger.refuse(Entries.addKeys("other", first, O), O);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/previous",
        "got previous " + first + ", want none: namespace other has no key entry yet");
  }

  @Test
  void check_removedSignerSignsLater_keyNotBound() {
    String second = ledger.append(Entries.addKeys("acme", first, B), A, B).id();
    String third = ledger.append(Entries.removeKeys("acme", second, COMPROMISED, A), B).id();

    RejectedException e = ledger.refuse(Entries.release("acme/late", "1.0"), A);

    assertRefused(e, KEY_NOT_BOUND, "/signatures/0/keyid",
        "keyid " + A.publicKey().keyId() + " is not bound at index 3 since its removal as"
            + " compromised at index 2 by entry " + third);
  }

  @Test
  void check_keyBoundElsewhere_keyStateConflict() {
    RejectedException e = ledger.refuse(Entries.bind("other", A), A);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/add/0",
        "key " + A.publicKey().keyId()
            + " is bound to namespace acme, and a key belongs to one namespace");
  }

  @Test
  void check_keyAddedTwice_keyStateConflict() {
    Ed25519PrivateKey[] both = {A, B};
    RejectedException e = ledger.refuse(Entries.addKeys("acme", first, both), both);

    int i = A.publicKey().keyId().compareTo(B.publicKey().keyId()) < 0 ? 0 : 1;
    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/add/" + i,
        "key " + A.publicKey().keyId() + " is bound to acme already");
  }

  @Test
  void check_keyReaddedAfterRemoval_keyStateConflict() {
    String second = ledger.append(Entries.addKeys("acme", first, B), A, B).id();
    String third = ledger.append(Entries.removeKeys("acme", second, ROTATED, A), B).id();

    RejectedException e = ledger.refuse(Entries.addKeys("acme", third, A), A, B);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/add/0",
        "key " + A.publicKey().keyId()
            + " was removed as rotated at index 2, and a removed key is never bound again");
  }

  @Test
  void check_keySetEmptied_keyStateConflict() {
    RejectedException e = ledger.refuse(Entries.removeKeys("acme", first, ROTATED, A), A);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/remove",
        "removing 1 key(s) would leave namespace acme with no key, want at least one");
  }

  @Test
  void check_removingKeyNotBound_keyStateConflict() {
    RejectedException e = ledger.refuse(Entries.removeKeys("acme", first, ROTATED, B), A);

    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/remove/0",
        "key " + B.publicKey().keyId() + " is not a current key of namespace acme");
  }

  @Test
  void check_addedKeyDoesNotSign_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.addKeys("acme", first, B), A);

    assertRefused(e, KEY_NOT_BOUND, "/predicate/add/0",
        "key " + B.publicKey().keyId() + " is added without its signature, want every key"
            + " added to sign (proof of possession)");
  }

  @Test
  void check_firstBindingWithoutPossession_keyNotBound() {
    Ed25519PrivateKey[] both = {O, C};
    RejectedException e = ledger.refuse(Entries.bind("other", both), O);

    int i = C.publicKey().keyId().compareTo(O.publicKey().keyId()) < 0 ? 0 : 1;
    assertRefused(e, KEY_NOT_BOUND, "/predicate/add/" + i,
        "key " + C.publicKey().keyId() + " is added without its signature, want every key"
            + " added to sign (proof of possession)");
  }

  @Test
  void check_keyEntrySignedOnlyByAddedKey_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.addKeys("acme", first, B), B);

    assertRefused(e, KEY_NOT_BOUND, "/signatures",
        "a key entry needs a signature by a key bound to namespace acme, got keyids ["
            + B.publicKey().keyId() + "], want one of [" + A.publicKey().keyId() + "]");
  }

  @Test
  void check_otherSpellingOfNamespace_nameTaken() {
    RejectedException e = ledger.refuse(Entries.addKeys("ACME", first, B), A, B);

    assertRefused(e, NAME_TAKEN, "/predicate/namespace",
        "got ACME, want the first spelling acme");
  }

  static void assertRefused(
      RejectedException e, Rejection rejection, String field, String message) {
    assertEquals(rejection, e.rejection(), e.toString());
    assertEquals(field, e.field(), e.toString());
    assertEquals(message, e.getMessage());
  }
}
