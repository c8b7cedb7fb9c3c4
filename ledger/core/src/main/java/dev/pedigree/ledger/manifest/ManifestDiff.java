package dev.pedigree.ledger.manifest;

import dev.pedigree.ledger.crypto.Bytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A model directory compared with the files a statement expects: every path of either side, in
 * manifest order, as ok, modified, missing or unexpected.
 */
public record ManifestDiff(List<FileCheck> files) {
  /** What became of one path. */
  public enum Status {
    OK,
    MODIFIED,
    MISSING,
    UNEXPECTED
  }

  /** One path: its status, the digest expected (absent when unexpected) and found (absent when missing). */
  public record FileCheck(String path, Status status, Optional<Bytes> expected, Optional<Bytes> actual) {}

  public ManifestDiff {
    files = List.copyOf(files);
  }

  /**
   * Hashes {@code dir} and compares it with {@code expected} (path to SHA-256).
   *
   * @throws ModelDirectoryException when the directory cannot be hashed
   * @throws InterruptedException when interrupted while hashing
   */
  public static ManifestDiff of(Map<String, Bytes> expected, Path dir, HashOptions options)
      throws ModelDirectoryException, InterruptedException {
    checkSize(expected);
    return of(expected, ModelDirectory.hash(dir, options));
  }

  /** Compares a manifest already computed with {@code expected} (path to SHA-256). */
  public static ManifestDiff of(Map<String, Bytes> expected, Manifest actual) {
    checkSize(expected);
    Map<String, Bytes> found = new HashMap<>();
    for (ManifestFile f : actual.files()) {
      found.put(f.path(), f.sha256());
    }
    TreeSet<String> paths = new TreeSet<>(ManifestOrder.PATHS);
    paths.addAll(expected.keySet());
    paths.addAll(found.keySet());
    List<FileCheck> checks = new ArrayList<>(paths.size());
    for (String path : paths) {
      Optional<Bytes> want = Optional.ofNullable(expected.get(path));
      Optional<Bytes> got = Optional.ofNullable(found.get(path));
      Status status;
      if (want.isEmpty()) {
        status = Status.UNEXPECTED;
      } else if (got.isEmpty()) {
        status = Status.MISSING;
      } else {
        status = want.equals(got) ? Status.OK : Status.MODIFIED;
      }
      checks.add(new FileCheck(path, status, want, got));
    }
    return new ManifestDiff(checks);
  }

  private static void checkSize(Map<String, Bytes> expected) {
    if (expected.size() > Manifest.MAX_FILES) {
      throw new IllegalArgumentException(
          expected.size() + " expected files, want at most " + Manifest.MAX_FILES);
    }
  }

  /** True when every path is {@link Status#OK}: the directory holds exactly the expected files. */
  public boolean matches() {
    return files.stream().allMatch(f -> f.status() == Status.OK);
  }

  /** The paths that are not {@link Status#OK}, in manifest order. */
  public List<FileCheck> problems() {
    return files.stream().filter(f -> f.status() != Status.OK).toList();
  }
}
