package dev.pedigree.cli;

import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.manifest.HashProgress;
import dev.pedigree.ledger.manifest.Manifest;
import dev.pedigree.ledger.manifest.ManifestFile;
import dev.pedigree.ledger.manifest.ModelDirectory;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import java.io.IOException;
import java.io.PrintWriter;
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
    HashOptions options =
        HashOptions.defaults().withIgnore(relativeIgnores()).withSymlinksAllowed(allowSymlinks);
    if (threads != null) {
      if (threads < 1 || threads > HashOptions.MAX_THREADS) {
        throw new ParameterException(
            spec.commandLine(), "--threads " + threads + ", want 1 to " + HashOptions.MAX_THREADS);
      }
      options = options.withThreads(threads);
    }
    Manifest manifest;
    if (main.terminal().stderrIsTerminal()) {
      try (ProgressDisplay progress = new ProgressDisplay(spec.commandLine().getErr())) {
        manifest = ModelDirectory.hash(dir, options.withProgress(progress));
      }
    } else {
      manifest = ModelDirectory.hash(dir, options.withProgress(HashProgress.NONE));
    }
    PrintWriter out = out();
    if (json) {
      out.println(Json.mapper().writeValueAsString(ManifestJson.of(manifest)));
    } else {
      printTable(out, manifest);
    }
    out.flush();
    return Main.OK;
  }

  /** An absolute ignore path inside DIR is taken relative to it, as a user would mean it. */
  private List<String> relativeIgnores() {
    List<String> out = new ArrayList<>();
    Path base = dir.toAbsolutePath().normalize();
    for (String p : ignore) {
      Path path = Path.of(p);
      if (path.isAbsolute() && path.normalize().startsWith(base)) {
        out.add(base.relativize(path.normalize()).toString().replace('\\', '/'));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private void printTable(PrintWriter out, Manifest manifest) {
    Terminal t = main.terminal();
    long total = manifest.files().stream().mapToLong(ManifestFile::size).sum();
    int width = Math.max(4, Long.toString(total).length());
    // Padded by hand: String.format would load the locale's number formats (CLDR data) first.
    out.println(t.dim(padLeft("SIZE", width) + "  SHA-256" + " ".repeat(57) + "  PATH"));
    for (ManifestFile f : manifest.files()) {
      String size = padLeft(Long.toString(f.size()), width);
      out.println(size + "  " + f.sha256().hex() + "  " + f.path());
    }
    int n = manifest.files().size();
    out.println(n + (n == 1 ? " file, " : " files, ") + total + (total == 1 ? " byte" : " bytes"));
    out.println("manifest digest " + t.good(manifest.digest().hex()));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
