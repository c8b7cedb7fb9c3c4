package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.KEY_STATE_CONFLICT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.rules.KeyRulesTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch decided over the store plus its own earlier entries (DESIGN B3). */
class OverlayViewTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey B = TestKeys.of("acme-b");
  private static final Ed25519PrivateKey C = TestKeys.of("acme-c");

  private final TestLedger base = new TestLedger();
  private String bound;

  @BeforeEach
  void setUp() {
    bound = base.append(Entries.bind("acme", A), A).id();
  }

  private static Accepted decide(OverlayView view, long index, Statement s, Ed25519PrivateKey... k)
      throws RejectedException {
    Submission submission = Submission.parse(Envelopes.sign(s, k));
    submission.verifySignatures(view.keyLookup());
    Accepted accepted = Rules.check(view, index, submission);
    view.apply(accepted);
    return accepted;
  }

  @Test
  void check_secondKeyEntryOfBatch_seesTheFirst() throws Exception {
    OverlayView batch = new OverlayView(base.view());
    String added = decide(batch, 1, Entries.addKeys("acme", bound, B), A, B).info().id();

    // A rival naming the same previous forks the chain: refused against the batch's state.
    RejectedException e =
        assertThrows(
            RejectedException.class,
            () -> decide(batch, 2, Entries.addKeys("acme", bound, C), A, C));
    assertRefused(e, KEY_STATE_CONFLICT, "/predicate/previous",
        "got previous " + bound + ", want " + added + ", the latest key entry of acme");

    // The key added earlier in the batch signs the next entry.
    decide(batch, 2, Entries.release("acme/base", "1.0"), B);
    assertEquals(1, base.view().keyHistory("acme").orElseThrow().current().size());
    assertEquals(2, batch.keyHistory("acme").orElseThrow().current().size());
  }

  @Test
  void check_nameRegisteredEarlierInBatch_nameTaken() throws Exception {
    OverlayView batch = new OverlayView(base.view());
    decide(batch, 1, Entries.release("acme/base", "1.0"), A);

    RejectedException e =
        assertThrows(
            RejectedException.class, () -> decide(batch, 2, Entries.release("acme/Base", "1"), A));

    assertEquals(NAME_TAKEN, e.rejection());
    assertEquals("acme/base", batch.spelling("acme/base").orElseThrow());
    assertTrue(base.view().spelling("acme/base").isEmpty());
  }
}
