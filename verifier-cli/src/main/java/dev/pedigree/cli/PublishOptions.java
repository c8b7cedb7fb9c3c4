package dev.pedigree.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How a statement is signed and where it goes: the options every entry-making command shares. */
final class PublishOptions {
  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEYFILE",
      description =
          "A PEM private key to sign with; repeatable (a key entry is signed by every key"
              + " it adds).")
  List<Path> keys = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the signed envelope here.")
  Path out;

  @Option(names = "--submit", description = "Submit the envelope to --server.")
  boolean submit;

  @Option(names = "--server", paramLabel = "URL", description = "The ledger, for --submit.")
  String server;

  @Option(
      names = "--bundle-out",
      paramLabel = "FILE",
      description = "With --submit: save the entry's bundle (for offline verify) here.")
  Path bundleOut;

  @Option(names = "--force", description = "Overwrite --out and --bundle-out files.")
  boolean force;

  @Option(names = "--json", description = "Print {\"id\", \"kind\", ...} as JSON.")
  boolean json;
}
