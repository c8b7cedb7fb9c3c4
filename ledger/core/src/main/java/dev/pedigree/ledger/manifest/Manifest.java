package dev.pedigree.ledger.manifest;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of a model directory in manifest order, with the manifest digest over them (DESIGN
 * A4). The constructor refuses files out of order, repeated paths and a digest that does not match.
 */
public record Manifest(List<ManifestFile> files, Bytes digest) {
  /**
   * The most files a manifest holds. A record is at most 65,535 bytes (DESIGN A3), about 500 file
   * subjects, so this is loose; it bounds what a walk allocates before anything is signed.
   */
  public static final int MAX_FILES = 4096;

  private static final Comparator<ManifestFile> ORDER =
      // A class, not Comparator.comparing: see ModelDirectory on the start-up cost of lambdas.
      new Comparator<>() {
        @Override
        public int compare(ManifestFile a, ManifestFile b) {
          return ManifestOrder.compare(a.path(), b.path());
        }
      };

  public Manifest {
    files = List.copyOf(files);
    if (files.size() > MAX_FILES) {
      throw new IllegalArgumentException(
          "manifest of " + files.size() + " files, want at most " + MAX_FILES);
    }
    for (int i = 1; i < files.size(); i++) {
      if (ORDER.compare(files.get(i - 1), files.get(i)) >= 0) {
        throw new IllegalArgumentException(
            "files not in strict manifest order: "
                + files.get(i - 1).path()
                + " before "
                + files.get(i).path());
      }
    }
    Bytes want = digestOf(files);
    if (!want.equals(digest)) {
      throw new IllegalArgumentException(
          "manifest digest " + digest + " does not match its files, want " + want);
    }
  }

  /** The manifest of these files, in any order; refuses repeated paths. */
  public static Manifest of(List<ManifestFile> files) {
    List<ManifestFile> sorted = new ArrayList<>(files);
    sorted.sort(ORDER);
    return new Manifest(sorted, digestOf(sorted));
  }

  private static Bytes digestOf(List<ManifestFile> files) {
    List<byte[]> digests = new ArrayList<>(files.size());
    for (ManifestFile f : files) {
      digests.add(f.sha256().toByteArray());
    }
    return Bytes.copyOf(ManifestDigest.of(digests));
  }
}
