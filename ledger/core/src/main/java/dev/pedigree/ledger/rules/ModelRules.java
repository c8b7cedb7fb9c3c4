package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.INVALID_STATEMENT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.intake.Rejection.UNKNOWN_PARENT;

import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Parent;
import java.util.List;
import java.util.Optional;

/** Names and parents of the model kinds (DESIGN A5). */
final class ModelRules {
  private ModelRules() {}

  static void check(LedgerView view, ModelPredicate model) throws RejectedException {
    checkName(view, model);
    List<Parent> parents = model.parents();
    for (int i = 0; i < parents.size(); i++) {
      EntryInfo parent = parent(view, parents.get(i), i);
      checkParentName(model, parent, i);
    }
  }

  /** A release's folded name is new; later entries repeat its first spelling byte for byte. */
  private static void checkName(LedgerView view, ModelPredicate model) throws RejectedException {
    ModelRef ref = model.model();
    String folded = ref.name().folded();
    Optional<String> spelling = view.spelling(folded);
    if (spelling.isPresent() && model.kind() == Kind.RELEASE) {
      throw new RejectedException(
          NAME_TAKEN,
          "/predicate/model/name",
          "got " + ref.name() + ", a name taken as " + spelling.get()
              + " (names compare folded: " + folded + ")");
    }
    if (spelling.isPresent() && !spelling.get().equals(ref.name().text())) {
      throw new RejectedException(
          NAME_TAKEN,
          "/predicate/model/name",
          "got " + ref.name() + ", want the first spelling " + spelling.get());
    }
    if (view.versionTaken(folded, ref.version().value())) {
      throw new RejectedException(
          NAME_TAKEN,
          "/predicate/model/version",
          "got " + ref + ", registered already: a name@version is registered once");
    }
  }

  private static EntryInfo parent(LedgerView view, Parent parent, int i)
      throws RejectedException {
    String id = parent.id().hex();
    Optional<EntryInfo> entry = view.entry(id);
    if (entry.isEmpty()) {
      throw new RejectedException(
          UNKNOWN_PARENT, "/predicate/parents/" + i + "/id", "no entry " + id + " in the ledger");
    }
    if (!entry.get().kind().isModel()) {
      throw new RejectedException(
          UNKNOWN_PARENT,
          "/predicate/parents/" + i + "/id",
          "entry " + id + " is a " + entry.get().kind().wireName() + " entry, want a model entry");
    }
    return entry.get();
  }

  /** A modification keeps its parent's name; a derivation differs from every parent's. */
  private static void checkParentName(ModelPredicate model, EntryInfo parent, int i)
      throws RejectedException {
    String folded = model.model().name().folded();
    boolean same = parent.model().name().folded().equals(folded);
    if (model.kind() == Kind.MODIFICATION && !same) {
      throw new RejectedException(
          INVALID_STATEMENT,
          "/predicate/model/name",
          "got " + model.model().name() + ", want " + parent.model().name()
              + ", the name of the parent: a modification is a new version of the same model");
    }
    if (model.kind() == Kind.DERIVATION && same) {
      throw new RejectedException(
          INVALID_STATEMENT,
          "/predicate/model/name",
          "got " + model.model().name() + ", the name of parent " + i
              + ": a derivation is a different model (a new version is a modification)");
    }
  }
}
