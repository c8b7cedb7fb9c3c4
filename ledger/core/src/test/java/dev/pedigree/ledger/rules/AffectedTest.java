package dev.pedigree.ledger.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.rules.Affected.Revoked;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.RevocationReason;
import dev.pedigree.ledger.statement.Severity;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revocations reach descendants; rotated keys taint nothing (DESIGN A5, B5). */
class AffectedTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey B = TestKeys.of("acme-b");

  @Test
  void of_grandchildOfRevokedEntry_reportsAncestorRevocation() {
    TestLedger ledger = new TestLedger();
    String keys = ledger.append(Entries.bind("acme", A), A).id();
    String base = ledger.append(Entries.release("acme/base", "1.0"), A).id();
    String med = ledger.append(Entries.derivation("acme/med", "1.0", Relation.FINETUNE, base), A)
        .id();
    String q = ledger.append(Entries.derivation("acme/med-q4", "1.0", Relation.QUANTIZED, med), A)
        .id();
    String revocation =
        ledger.append(Entries.revocation(base, RevocationReason.LEGAL, Severity.MEDIUM), A).id();
    String added = ledger.append(Entries.addKeys("acme", keys, B), A, B).id();
    ledger.append(Entries.removeKeys("acme", added, KeyReason.ROTATED, A), B);

    List<Affected.Finding> findings = Affected.of(ledger.view(), q);

    assertEquals(
        List.of(new Revoked(base, revocation, 4, RevocationReason.LEGAL, Severity.MEDIUM, true)),
        findings);
    assertEquals(
        "ancestor " + base + " revoked by entry 4 (legal, medium)", findings.get(0).detail());
  }
}
