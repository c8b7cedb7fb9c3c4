package dev.pedigree.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code pedigree}, by name, so that a run builds only the one it needs (see
 * {@link Main#commandLine(Main, String...)}). Each name is its class's {@code @Command} name.
 */
final class Subcommands {
  /** Every subcommand, in the order {@code pedigree --help} lists them. */
  static final List<String> NAMES =
      List.of(
          "hash",
          "keygen",
          "key",
          "release",
          "modify",
          "derive",
          "attest",
          "revoke",
          "verify",
          "audit",
          "consistency",
          "lineage",
          "bundle",
          "search");

  private Subcommands() {}

  /**
   * Adds the subcommand named {@code first} to {@code cl} when there is one, otherwise every
   * subcommand.
   */
  static void register(CommandLine cl, String first) {
    Class<?> only = first == null ? null : type(first);
    if (only != null) {
      cl.addSubcommand(first, only);
      return;
    }
    for (String name : NAMES) {
      cl.addSubcommand(name, type(name));
    }
  }

  /** The class of the subcommand of this name, or null; loads no other command's class. */
  static Class<?> type(String name) {
    return switch (name) {
      case "hash" -> HashCommand.class;
      case "keygen" -> KeygenCommand.class;
      case "key" -> KeyCommand.class;
      case "release" -> ReleaseCommand.class;
      case "modify" -> ModifyCommand.class;
      case "derive" -> DeriveCommand.class;
      case "attest" -> AttestCommand.class;
      case "revoke" -> RevokeCommand.class;
      case "verify" -> VerifyCommand.class;
      case "audit" -> AuditCommand.class;
      case "consistency" -> ConsistencyCommand.class;
      case "lineage" -> LineageCommand.class;
      case "bundle" -> BundleCommand.class;
      case "search" -> SearchCommand.class;
      default -> null;
    };
  }
}
