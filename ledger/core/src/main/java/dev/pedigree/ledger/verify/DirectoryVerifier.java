package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.manifest.Manifest;
import dev.pedigree.ledger.manifest.ManifestDiff;
import dev.pedigree.ledger.manifest.ModelDirectory;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Subject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model directory against a statement's files (DESIGN A4): one check per path, ok, modified,
 * missing or unexpected, then the manifest digest recomputed from the directory.
 */
public final class DirectoryVerifier {
  /** Name prefix of the per-file checks: {@code file <path>}. */
  public static final String FILE = "file ";

  public static final String MANIFEST_DIGEST = "manifest-digest";
  public static final String DIRECTORY = "directory";

  private DirectoryVerifier() {}

  /**
   * The checks of {@code dir} against a model statement. Nothing is thrown for what the directory
   * holds: a file that cannot be read or a refused symlink is a failed {@code directory} check.
   *
   * @throws IllegalArgumentException when the statement is not of a model kind
   * @throws InterruptedException when interrupted while hashing
   */
  public static List<Check> verify(Statement statement, Path dir, HashOptions options)
      throws InterruptedException {
    if (!(statement.predicate() instanceof ModelPredicate model)) {
      throw new IllegalArgumentException(
          "a " + statement.kind().wireName() + " statement names no files");
    }
    Map<String, Bytes> expected = new LinkedHashMap<>();
    for (Subject subject : statement.subjects()) {
      expected.put(subject.name(), subject.sha256().bytes());
    }
    Manifest manifest;
    try {
      manifest = ModelDirectory.hash(dir, options);
    } catch (ModelDirectoryException e) {
      return List.of(Check.failed(DIRECTORY, e.getMessage()));
    }
    List<Check> checks = new ArrayList<>();
    for (ManifestDiff.FileCheck file : ManifestDiff.of(expected, manifest).files()) {
      checks.add(fileCheck(file));
    }
    Bytes want = model.manifestDigest().bytes();
    if (manifest.digest().equals(want)) {
      checks.add(Check.passed(MANIFEST_DIGEST, want.hex()));
    } else {
      checks.add(
          Check.failed(
              MANIFEST_DIGEST,
              "directory digest " + manifest.digest().hex() + ", statement says " + want.hex()));
    }
    return checks;
  }

  private static Check fileCheck(ManifestDiff.FileCheck file) {
    String name = FILE + file.path();
    return switch (file.status()) {
      case OK -> Check.passed(name, "ok sha256 " + hex(file.actual()));
      case MODIFIED ->
          Check.failed(
              name,
              "modified: sha256 "
                  + hex(file.actual())
                  + ", statement says "
                  + hex(file.expected()));
      case MISSING -> Check.failed(name, "missing: statement says sha256 " + hex(file.expected()));
      case UNEXPECTED ->
          Check.failed(name, "unexpected: not in the statement, sha256 " + hex(file.actual()));
    };
  }

  private static String hex(Optional<Bytes> digest) {
    return digest.map(Bytes::hex).orElse("-");
  }
}
