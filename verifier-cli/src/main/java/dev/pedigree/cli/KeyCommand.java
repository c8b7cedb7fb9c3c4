package dev.pedigree.cli;

import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pedigree key --namespace NS --add PUB ...}: bind, rotate or revoke namespace keys. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a key entry (DESIGN A5): bind a namespace's first keys, add keys, or remove them"
          + " (--reason rotated or compromised).",
      "The first entry of a namespace has no --previous and is signed by every key it adds; a"
          + " later one names the namespace's latest key entry in --previous and is signed by a"
          + " key bound before it and by every key it adds (give --key once per key).",
      "Prints the entry id."
    })
final class KeyCommand extends Subcommand {
  @Mixin PublishOptions publish;

  @Option(names = "--namespace", required = true, paramLabel = "NS", description = "Namespace.")
  String namespace;

  @Option(names = "--add", paramLabel = "PUBFILE", description = "A public key to add.")
  List<Path> add = new ArrayList<>();

  @Option(names = "--remove", paramLabel = "PUBFILE", description = "A public key to remove.")
  List<Path> remove = new ArrayList<>();

  @Option(
      names = "--previous",
      paramLabel = "ID",
      description = "The namespace's latest key entry (absent only on the first).")
  String previous;

  @Option(
      names = "--reason",
      paramLabel = "R",
      description = "Why keys are removed: rotated or compromised (exactly when --remove).")
  String reason;

  @Override
  protected int run() throws Exception {
    Optional<EntryId> prev =
        previous == null
            ? Optional.empty()
            : Optional.of(Args.parse("--previous", previous, EntryId::of));
    Optional<KeyReason> why =
        reason == null
            ? Optional.empty()
            : Optional.of(Args.parse("--reason", reason, KeyReason::of));
    Statement statement =
        Statements.key(
            Args.parse("--namespace", namespace, Namespace::of),
            prev,
            publicKeys(add),
            publicKeys(remove),
            why);
    return Publisher.publish(statement, publish, spec.commandLine());
  }

  private static List<Ed25519PublicKey> publicKeys(List<Path> files)
      throws IOException, KeyFormatException {
    List<Ed25519PublicKey> keys = new ArrayList<>();
    for (Path f : files) {
      keys.add(KeyFiles.readPublicKey(f));
    }
    return keys;
  }
}
