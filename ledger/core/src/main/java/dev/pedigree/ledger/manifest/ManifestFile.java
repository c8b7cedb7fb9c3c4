package dev.pedigree.ledger.manifest;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import java.util.Objects;

/** One file of a manifest: its relative {@code /}-separated path, size and SHA-256. */
public record ManifestFile(String path, long size, Bytes sha256) {
  public ManifestFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    if (size < 0) {
      throw new IllegalArgumentException("size " + size + " of " + path + " is negative");
    }
    if (sha256.length() != Sha256.LENGTH) {
      throw new IllegalArgumentException(
          "sha256 of " + sha256.length() + " bytes for " + path + ", want 32");
    }
  }
}
