package dev.pedigree.cli;

import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pedigree release DIR --name ns/model --version V --license SPDX --key KEYFILE}. */
@Command(
    name = "release",
    description = {
      "Sign a release (DESIGN A5): a new model, its first version, with every file of DIR.",
      "Prints the entry id (the SHA-256 of the payload)."
    })
final class ReleaseCommand extends Subcommand {
  @Mixin ModelOptions model;
  @Mixin PublishOptions publish;

  @Override
  protected int run() throws Exception {
    Statement statement =
        Statements.release(
            model.model(), model.files(spec.commandLine()), model.license(), model.details());
    return Publisher.publish(statement, publish, spec.commandLine());
  }
}
