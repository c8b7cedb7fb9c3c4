package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.statement.Claim;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.statement.Statements;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pedigree attest --attester NS --target ID --claim JSON}: a claim about an entry. */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    description = {
      "Sign an attestation (DESIGN A5): a claim about an entry (evaluation, safety review,"
          + " red-team report, licence clarification), signed by a key of the attester namespace.",
      "The claim is a JSON object with a \"type\" string, e.g."
          + " '{\"type\": \"evaluation\", \"benchmark\": \"mmlu\", \"scorePermille\": 612}'.",
      "Prints the entry id."
    })
final class AttestCommand extends Subcommand {
  @Mixin PublishOptions publish;

  @Option(names = "--attester", required = true, paramLabel = "NS", description = "Your namespace.")
  String attester;

  @Option(names = "--target", required = true, paramLabel = "ID", description = "Entry attested.")
  String target;

  static final class ClaimArg {
    @Option(names = "--claim", paramLabel = "JSON", description = "The claim object.")
    String json;

    @Option(names = "--claim-file", paramLabel = "FILE", description = "A file holding it.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  ClaimArg claim;

  @Override
  protected int run() throws Exception {
    Statement statement =
        Statements.attestation(
            Args.parse("--attester", attester, Namespace::of),
            Args.parse("--target", target, EntryId::of),
            claim());
    return Publisher.publish(statement, publish, spec.commandLine());
  }

  private Claim claim() throws IOException, InputException {
    String option = claim.file != null ? "--claim-file " + claim.file : "--claim";
    String text = claim.file != null ? Inputs.text(claim.file, Inputs.MAX_JSON_BYTES) : claim.json;
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new InputException(option + ": not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new InputException(option + ": want a JSON object with a \"type\" string");
    }
    try {
      return Claim.of((ObjectNode) node);
    } catch (StatementException e) {
      throw new InputException(option + ": claim " + e.field() + ": " + e.getMessage(), e);
    }
  }
}
