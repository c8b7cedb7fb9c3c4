package dev.pedigree.cli;

import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.manifest.Manifest;
import dev.pedigree.ledger.manifest.ManifestFile;
import dev.pedigree.ledger.manifest.ModelDirectory;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelName;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.ModelVersion;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.statement.Subject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * A model directory and the predicate fields of DESIGN A5 that release, modify and derive share.
 */
final class ModelOptions {
  @Parameters(index = "0", paramLabel = "DIR", description = "The model directory.")
  Path dir;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NS/MODEL",
      description = "The model's name, namespace/model.")
  String name;

  @Option(names = "--version", required = true, paramLabel = "V", description = "Its version.")
  String version;

  @Option(
      names = "--license",
      required = true,
      paramLabel = "SPDX",
      description = "An SPDX licence id or LicenseRef-...")
  String license;

  @Option(names = "--description", paramLabel = "TEXT", description = "A short description.")
  String description;

  @Option(
      names = "--model-card",
      paramLabel = "TEXT",
      description = "The model card (text or URL).")
  String modelCard;

  @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeatable.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Files hashed at once.")
  Integer threads;

  @Option(names = "--allow-symlinks", description = "Hash a symlink's target instead of refusing.")
  boolean allowSymlinks;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  ModelRef model() throws InputException {
    Args.parse("--name", name, ModelName::of);
    Args.parse("--version", version, ModelVersion::of);
    return Args.parse("--name", name, n -> ModelRef.of(n, version));
  }

  License license() throws InputException {
    return Args.parse("--license", license, License::spdx);
  }

  ModelDetails details() {
    return new ModelDetails(
        Optional.ofNullable(modelCard),
        Optional.ofNullable(description),
        tags.isEmpty() ? Optional.empty() : Optional.of(tags),
        Optional.empty());
  }

  /** Every file of the directory as a subject (DESIGN A4), hashed as {@code pedigree hash} does. */
  List<Subject> files(CommandLine cl)
      throws ModelDirectoryException, InterruptedException, StatementException {
    HashOptions options = HashOptions.defaults().withSymlinksAllowed(allowSymlinks);
    if (threads != null) {
      if (threads < 1 || threads > HashOptions.MAX_THREADS) {
        throw new ParameterException(
            cl, "--threads " + threads + ", want 1 to " + HashOptions.MAX_THREADS);
      }
      options = options.withThreads(threads);
    }
    Manifest manifest = ModelDirectory.hash(dir, options);
    List<Subject> subjects = new ArrayList<>();
    for (ManifestFile f : manifest.files()) {
      subjects.add(Subject.file(FilePath.of(f.path()), Digest.of(f.sha256())));
    }
    return subjects;
  }
}
