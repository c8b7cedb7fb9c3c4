package dev.pedigree.cli;

import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.RevocationReason;
import dev.pedigree.ledger.statement.Severity;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pedigree revoke --target ID --reason R --severity S}: withdraw or flag an entry. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a revocation (DESIGN A5): withdraw or flag a model entry or an attestation, signed by"
          + " a key of the target's namespace.",
      "Prints the entry id."
    })
final class RevokeCommand extends Subcommand {
  @Mixin PublishOptions publish;

  @Option(names = "--target", required = true, paramLabel = "ID", description = "Entry revoked.")
  String target;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "R",
      description = "security, safety, legal, superseded or other.")
  String reason;

  @Option(
      names = "--severity",
      required = true,
      paramLabel = "S",
      description = "low, medium, high or critical.")
  String severity;

  @Override
  protected int run() throws Exception {
    Statement statement =
        Statements.revocation(
            Args.parse("--target", target, EntryId::of),
            Args.parse("--reason", reason, RevocationReason::of),
            Args.parse("--severity", severity, Severity::of));
    return Publisher.publish(statement, publish, spec.commandLine());
  }
}
