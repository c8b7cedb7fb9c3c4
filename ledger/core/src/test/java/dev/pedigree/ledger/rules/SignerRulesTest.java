package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.INVALID_STATEMENT;
import static dev.pedigree.ledger.intake.Rejection.KEY_NOT_BOUND;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.intake.Rejection.UNKNOWN_TARGET;
import static dev.pedigree.ledger.rules.KeyRulesTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may sign what at an index, and targets present (DESIGN A3, A5). */
class SignerRulesTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey E = TestKeys.of("evals-e");
  private static final Ed25519PrivateKey X = TestKeys.of("nowhere-x");
  private static final String UNKNOWN = "00".repeat(32);

  private final TestLedger ledger = new TestLedger();
  private String acmeKeys;
  private String base;

  @BeforeEach
  void setUp() {
    acmeKeys = ledger.append(Entries.bind("acme", A), A).id();
    ledger.append(Entries.bind("evals", E), E);
    base = ledger.append(Entries.release("acme/base", "1.0"), A).id();
  }

  @Test
  void check_attestationAndItsRevocationByAttester_accepted() {
    String attestation = ledger.append(Entries.attestation("evals", base), E).id();
    ledger.append(Entries.revocation(attestation), E);

    assertEquals(1, ledger.view().revocationsOf(attestation).size());
    assertEquals("evals", ledger.view().entry(attestation).orElseThrow().namespace());
  }

  @Test
  void check_attestationNotByAttester_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.attestation("evals", base), A);

    assertRefused(e, KEY_NOT_BOUND, "/signatures",
        "an attestation entry needs a signature by a key bound to namespace evals, got keyids ["
            + A.publicKey().keyId() + "], want one of [" + E.publicKey().keyId() + "]");
  }

  @Test
  void check_revocationByOtherNamespace_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.revocation(base), E);

    assertRefused(e, KEY_NOT_BOUND, "/signatures",
        "a revocation of " + base + " needs a signature by a key bound to namespace acme, got"
            + " keyids [" + E.publicKey().keyId() + "], want one of [" + A.publicKey().keyId()
            + "]");
  }

  @Test
  void check_releaseInNamespaceWithoutKeys_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.release("unbound/model", "1.0"), A);

    assertRefused(e, KEY_NOT_BOUND, "/signatures",
        "a release entry needs a signature by a key of namespace unbound, which has no key"
            + " bound");
  }

  @Test
  void check_unknownSigningKey_keyNotBound() {
    RejectedException e = ledger.refuse(Entries.release("acme/other", "1.0"), X);

    assertRefused(e, KEY_NOT_BOUND, "/signatures/0/keyid",
        "keyid " + X.publicKey().keyId()
            + " names no key bound in the ledger nor added by this entry");
  }

  @Test
  void check_attestationOfUnknownTarget_unknownTarget() {
    RejectedException e = ledger.refuse(Entries.attestation("evals", UNKNOWN), E);

    assertRefused(e, UNKNOWN_TARGET, "/predicate/target", "no entry " + UNKNOWN + " in the ledger");
  }

  @Test
  void check_revocationOfUnknownTarget_unknownTarget() {
    RejectedException e = ledger.refuse(Entries.revocation(UNKNOWN), A);

    assertRefused(e, UNKNOWN_TARGET, "/predicate/target", "no entry " + UNKNOWN + " in the ledger");
  }

  @Test
  void check_revocationOfKeyEntry_invalidStatement() {
    RejectedException e = ledger.refuse(Entries.revocation(acmeKeys), A);

    assertRefused(e, INVALID_STATEMENT, "/predicate/target",
        "entry " + acmeKeys + " is a key entry, want a model entry or an attestation");
  }

  @Test
  void check_releaseInOtherSpellingOfNamespace_nameTaken() {
    // DESIGN A5: later entries repeat the first spelling byte for byte; acme was bound as "acme".
    RejectedException e = ledger.refuse(Entries.release("ACME/other", "1.0"), A);

    assertRefused(e, NAME_TAKEN, "/predicate/model/name",
        "got namespace ACME, want its first spelling acme");
  }

  @Test
  void check_attesterInOtherSpelling_nameTaken() {
    RejectedException e = ledger.refuse(Entries.attestation("Evals", base), E);

    assertRefused(e, NAME_TAKEN, "/predicate/attester",
        "got namespace Evals, want its first spelling evals");
  }
}
