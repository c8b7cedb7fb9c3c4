package dev.pedigree.cli;

import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleFormatException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pedigree bundle ID --server URL [--out FILE]}: fetch an entry's offline bundle. */
@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch an entry's bundle (DESIGN A7) against the latest checkpoint, for offline"
          + " 'pedigree verify'. Saved verbatim to --out, or printed."
    })
final class BundleCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The entry id.")
  String id;

  @Option(names = "--server", required = true, paramLabel = "URL", description = "The ledger.")
  String server;

  @Option(names = "--out", paramLabel = "FILE", description = "Save the bundle here.")
  Path out;

  @Option(names = "--force", description = "Overwrite --out.")
  boolean force;

  @Override
  protected int run() throws Exception {
    Args.parse("ID", id, EntryId::of);
    byte[] body = LedgerClient.of(server).get("/v1/entries/" + id + "/bundle").body();
    try {
      Bundle.parse(body);
    } catch (BundleFormatException e) {
      throw new InputException("the server's answer is not a bundle: " + e.getMessage(), e);
    }
    if (out != null) {
      Publisher.write(out, body, force);
      spec.commandLine().getErr().println("bundle of " + id + " saved to " + out);
      spec.commandLine().getErr().flush();
    } else {
      PrintWriter w = out();
      String text = new String(body, StandardCharsets.UTF_8);
      w.print(text.endsWith("\n") ? text : text + "\n");
      w.flush();
    }
    return Main.OK;
  }
}
