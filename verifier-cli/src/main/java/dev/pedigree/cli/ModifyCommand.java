package dev.pedigree.cli;

import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pedigree modify DIR --parent ID --name ns/model --version V ...}: a new version. */
@Command(
    name = "modify",
    description = {
      "Sign a modification (DESIGN A5): a new version of the model of entry --parent (same name),"
          + " with every file of DIR.",
      "Prints the entry id."
    })
final class ModifyCommand extends Subcommand {
  @Mixin ModelOptions model;
  @Mixin PublishOptions publish;

  @Option(
      names = "--parent",
      required = true,
      paramLabel = "ID",
      description = "The entry id of the version this one replaces.")
  String parent;

  @Override
  protected int run() throws Exception {
    EntryId parentId = Args.parse("--parent", parent, EntryId::of);
    Statement statement =
        Statements.modification(
            model.model(),
            model.files(spec.commandLine()),
            model.license(),
            parentId,
            model.details());
    return Publisher.publish(statement, publish, spec.commandLine());
  }
}
