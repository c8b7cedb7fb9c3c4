package dev.pedigree.cli;

import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand whose input errors (a missing directory, a bad key file, a file in the way) print
 * one line {@code pedigree: <message>} and exit 2, however the command line was built.
 */
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Does the work; returns the exit code. */
  protected abstract int run() throws Exception;

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (ModelDirectoryException | KeyFormatException | IOException | InterruptedException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("pedigree: " + Main.message(e));
      err.flush();
      return Main.USAGE;
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
