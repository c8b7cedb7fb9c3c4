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

/**
 * What {@code pedigree hash} does once its arguments are read, with or without picocli: hash the
 * directory (a progress bar when standard error is a terminal), print the manifest as a table or
 * as JSON. Uses no picocli class, so that {@link Main} can run it before loading any.
 */
final class HashRun {
  private HashRun() {}

  /**
   * Hashes and prints; returns {@link Main#OK}. {@code args.threads()} must be in range: picocli
   * reports a {@code --threads} out of range as a usage error before this runs.
   */
  static int run(HashArgs args, Terminal terminal, PrintWriter out, PrintWriter err)
      throws ModelDirectoryException, InterruptedException, IOException {
    HashOptions options =
        HashOptions.defaults()
            .withIgnore(relativeIgnores(args))
            .withSymlinksAllowed(args.allowSymlinks());
    if (args.threads() != null) {
      options = options.withThreads(args.threads());
    }
    Manifest manifest;
    if (terminal.stderrIsTerminal()) {
      try (ProgressDisplay progress = new ProgressDisplay(err)) {
        manifest = ModelDirectory.hash(args.dir(), options.withProgress(progress));
      }
    } else {
      manifest = ModelDirectory.hash(args.dir(), options.withProgress(HashProgress.NONE));
    }
    if (args.json()) {
      out.println(Json.mapper().writeValueAsString(ManifestJson.of(manifest)));
    } else {
      printTable(out, terminal, manifest);
    }
    out.flush();
    return Main.OK;
  }

  /** An absolute ignore path inside DIR is taken relative to it, as a user would mean it. */
  private static List<String> relativeIgnores(HashArgs args) {
    List<String> out = new ArrayList<>();
    Path base = args.dir().toAbsolutePath().normalize();
    for (String p : args.ignore()) {
      Path path = Path.of(p);
      if (path.isAbsolute() && path.normalize().startsWith(base)) {
        out.add(base.relativize(path.normalize()).toString().replace('\\', '/'));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static void printTable(PrintWriter out, Terminal t, Manifest manifest) {
    long total = 0;
    for (ManifestFile f : manifest.files()) {
      total += f.size();
    }
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
