package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** One file of a model entry: its path in the model directory and its SHA-256. */
public record FileDigest(String path, Bytes sha256) {
  public FileDigest {
    Checks.path(path);
    Checks.digest("file sha256", sha256);
  }
}
