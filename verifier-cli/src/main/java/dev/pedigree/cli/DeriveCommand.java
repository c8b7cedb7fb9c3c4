package dev.pedigree.cli;

import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pedigree derive DIR --parent ID --relation R [...] --name ...}: a derived model. */
@Command(
    name = "derive",
    description = {
      "Sign a derivation (DESIGN A5): a different model made from its parents (fine-tune, adapter,"
          + " quantization, merge, ...), with every file of DIR.",
      "Each parent is --parent ID --relation R, repeatable; R is one of finetune, adapter,"
          + " quantized, merge, distill, prune, convert, other (merge needs two parents or more,"
          + " all merge).",
      "Prints the entry id."
    })
final class DeriveCommand extends Subcommand {
  @Mixin ModelOptions model;
  @Mixin PublishOptions publish;

  /** One parent: its id and how the model was made from it. */
  static final class ParentArg {
    @Option(names = "--parent", required = true, paramLabel = "ID", description = "Parent entry.")
    String id;

    @Option(
        names = "--relation",
        required = true,
        paramLabel = "R",
        description = "How this model was made from the parent.")
    String relation;
  }

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  List<ParentArg> parentArgs = new ArrayList<>();

  @Override
  protected int run() throws Exception {
    List<Parent> parents = new ArrayList<>();
    for (ParentArg p : parentArgs) {
      parents.add(
          new Parent(
              Args.parse("--parent", p.id, EntryId::of),
              Args.parse("--relation", p.relation, Relation::of)));
    }
    Statement statement =
        Statements.derivation(
            model.model(),
            model.files(spec.commandLine()),
            model.license(),
            parents,
            model.details());
    return Publisher.publish(statement, publish, spec.commandLine());
  }
}
