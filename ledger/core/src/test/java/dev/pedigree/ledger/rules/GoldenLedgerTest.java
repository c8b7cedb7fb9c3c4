package dev.pedigree.ledger.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.rules.Affected.Finding;
import dev.pedigree.ledger.rules.Affected.KeyCompromised;
import dev.pedigree.ledger.rules.Affected.Revoked;
import dev.pedigree.ledger.statement.RevocationReason;
import dev.pedigree.ledger.statement.Severity;
import dev.pedigree.ledger.testing.Golden;
import dev.pedigree.ledger.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the golden ledger (testdata/golden/, written by an independent client and checked with
 * Go's sumdb): every entry is accepted and gives the golden leaf bytes exactly.
 */
class GoldenLedgerTest {
  private static final List<Golden.Entry> GOLDEN = Golden.entries();
  private static final String KEY_A =
      "788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101";

  private final TestLedger ledger = new TestLedger();

  @BeforeEach
  void replay() throws Exception {
    for (Golden.Entry entry : GOLDEN) {
      ledger.submit(entry.envelope().toByteArray());
    }
  }

  @Test
  void check_goldenEntries_acceptedWithGoldenLeaves() {
    assertEquals(9, ledger.size());
    for (Golden.Entry golden : GOLDEN) {
      TestLedger.Appended entry = ledger.entries().get(golden.index());
      assertEquals(golden.id(), entry.id(), "id of entry " + golden.index());
      assertEquals(golden.leaf(), entry.leaf(), "leaf of entry " + golden.index());
      assertEquals(golden.leafHash(), entry.leafHash().hex(), "leaf hash of " + golden.index());
    }
  }

  @Test
  void check_goldenKeyHistory_hasAcmeChainAndCompromisedA() {
    KeyHistory acme = ledger.view().keyHistory("acme").orElseThrow();
    assertEquals(List.of(GOLDEN.get(0).id(), GOLDEN.get(3).id(), GOLDEN.get(8).id()),
        acme.keyEntryIds());
    assertEquals(
        List.of("c7c4c473d09d1bdb37e2a6c5aae8dc137b666abf926c4ca9c8f0a177c5e31a62"),
        List.copyOf(acme.current().keySet()));
    KeyHistory.Removal removal = acme.removal(KEY_A).orElseThrow();
    assertEquals(8, removal.index());
    assertEquals("compromised", removal.reason().wireName());
    assertTrue(acme.boundAt(KEY_A, 8));
    assertTrue(!acme.boundAt(KEY_A, 9));
    assertTrue(!acme.boundAt(KEY_A, 0));
  }

  @Test
  void affected_derivation_revokedByEntry7AndCompromisedKeyAtIndex8() {
    List<Finding> findings = Affected.of(ledger.view(), GOLDEN.get(2).id());

    assertEquals(
        List.of(
            new Revoked(GOLDEN.get(2).id(), GOLDEN.get(7).id(), 7, RevocationReason.SAFETY,
                Severity.HIGH, false),
            new KeyCompromised(KEY_A, "acme", 8, GOLDEN.get(8).id())),
        findings);
    assertEquals("revoked by entry 7 (safety, high)", findings.get(0).detail());
    assertEquals(Severity.CRITICAL, findings.get(1).severity());
  }

  @Test
  void affected_release_compromisedKeyOnly() {
    assertEquals(
        List.of(new KeyCompromised(KEY_A, "acme", 8, GOLDEN.get(8).id())),
        Affected.of(ledger.view(), GOLDEN.get(1).id()));
  }

  @Test
  void affected_modificationSignedByB_notAffected() {
    assertEquals(List.of(), Affected.of(ledger.view(), GOLDEN.get(4).id()));
  }
}
