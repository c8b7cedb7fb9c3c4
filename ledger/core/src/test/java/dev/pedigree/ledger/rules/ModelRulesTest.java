package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.INVALID_STATEMENT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.intake.Rejection.UNKNOWN_PARENT;
import static dev.pedigree.ledger.rules.KeyRulesTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names and parents of the model kinds (DESIGN A5), each rule broken once. */
class ModelRulesTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final String UNKNOWN = "00".repeat(32);

  private final TestLedger ledger = new TestLedger();
  private String keys;
  private String base;

  @BeforeEach
  void releaseBase() {
    keys = ledger.append(Entries.bind("acme", A), A).id();
    base = ledger.append(Entries.release("acme/base-model", "1.0"), A).id();
  }

  @Test
  void check_versionsAndDerivations_accepted() {
    String v11 = ledger.append(Entries.modification("acme/base-model", "1.1", base), A).id();
    String med = ledger.append(Entries.derivation("acme/med", "1.0", Relation.FINETUNE, v11), A)
        .id();
    ledger.append(Entries.derivation("acme/merged", "1.0", Relation.MERGE, base, med), A);

    // A name of the namespace getting a freshly derived version (DESIGN A5).
    ledger.append(Entries.derivation("acme/med", "2.0", Relation.DISTILL, base), A);

    assertEquals(6, ledger.size());
    assertEquals(true, ledger.view().versionTaken("acme/merged", "1.0"));
    assertEquals("acme/base-model", ledger.view().spelling("acme/base-model").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"acme/Base-Model", "acme/base_model", "acme/base.model", "ACME/BASE-MODEL"})
  void check_releaseOfFoldedName_nameTaken(String name) {
    RejectedException e = ledger.refuse(Entries.release(name, "2.0"), A);

    assertRefused(e, NAME_TAKEN, "/predicate/model/name",
        "got " + name + ", a name taken as acme/base-model (names compare folded:"
            + " acme/base-model)");
  }

  @Test
  void check_modificationInOtherSpelling_nameTaken() {
    RejectedException e = ledger.refuse(Entries.modification("acme/Base_Model", "1.1", base), A);

    assertRefused(e, NAME_TAKEN, "/predicate/model/name",
        "got acme/Base_Model, want the first spelling acme/base-model");
  }

  @Test
  void check_nameAtVersionTaken_nameTaken() {
    RejectedException e = ledger.refuse(Entries.modification("acme/base-model", "1.0", base), A);

    assertRefused(e, NAME_TAKEN, "/predicate/model/version",
        "got acme/base-model@1.0, registered already: a name@version is registered once");
  }

  @Test
  void check_versionComparedExactly_otherCaseAccepted() {
    ledger.append(Entries.modification("acme/base-model", "1.0-RC", base), A);
    ledger.append(Entries.modification("acme/base-model", "1.0-rc", base), A);

    assertEquals(4, ledger.size());
  }

  @Test
  void check_unknownParent_unknownParent() {
    RejectedException e =
        ledger.refuse(Entries.derivation("acme/med", "1.0", Relation.FINETUNE, base, UNKNOWN), A);

    // Parents keep the statement's order: the unknown one is the second.
    assertRefused(e, UNKNOWN_PARENT, "/predicate/parents/1/id",
        "no entry " + UNKNOWN + " in the ledger");
  }

  @Test
  void check_parentNotAModel_unknownParent() {
    RejectedException e =
        ledger.refuse(Entries.derivation("acme/med", "1.0", Relation.FINETUNE, keys), A);

    assertRefused(e, UNKNOWN_PARENT, "/predicate/parents/0/id",
        "entry " + keys + " is a key entry, want a model entry");
  }

  @Test
  void check_modificationRenamingTheModel_invalidStatement() {
    RejectedException e = ledger.refuse(Entries.modification("acme/renamed", "1.1", base), A);

    assertRefused(e, INVALID_STATEMENT, "/predicate/model/name",
        "got acme/renamed, want acme/base-model, the name of the parent: a modification is a"
            + " new version of the same model");
  }

  @Test
  void check_derivationWithParentsName_invalidStatement() {
    RejectedException e = ledger.refuse(
        Entries.derivation("acme/base-model", "2.0", Relation.QUANTIZED, base), A);

    assertRefused(e, INVALID_STATEMENT, "/predicate/model/name",
        "got acme/base-model, the name of parent 0: a derivation is a different model (a new"
            + " version is a modification)");
  }
}
