package dev.pedigree.cli;

import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree hash DIR}: the manifest of a model directory, as OMS computes it (DESIGN A4). */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    description = "Hash a model directory: every file's SHA-256 and the manifest digest.")
final class HashCommand extends Subcommand {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "DIR", description = "The model directory.")
  Path dir;

  @Option(names = "--json", description = "Print {\"files\": [...], \"manifestDigest\": ...}.")
  boolean json;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files hashed at once (default: all cores).")
  Integer threads;

  @Option(
      names = "--ignore",
      paramLabel = "PATH",
      description = "Leave out this file or directory (relative to DIR); repeatable.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--allow-symlinks", description = "Hash a symlink's target instead of refusing.")
  boolean allowSymlinks;

  @Override
  protected int run() throws ModelDirectoryException, InterruptedException, IOException {
    if (threads != null && (threads < 1 || threads > HashOptions.MAX_THREADS)) {
      throw new ParameterException(
          spec.commandLine(), "--threads " + threads + ", want 1 to " + HashOptions.MAX_THREADS);
    }
    HashArgs args = new HashArgs(dir, json, threads, ignore, allowSymlinks);
    return HashRun.run(args, main.terminal(), out(), spec.commandLine().getErr());
  }
}
