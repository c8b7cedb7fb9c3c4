package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.crypto.KeyFormatException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log's signing key in {@code <data>/log.key}: created (PEM, 0600) on first start. */
final class LogKey {
  static final String FILE = "log.key";

  private LogKey() {}

  static Ed25519PrivateKey loadOrCreate(Path dataDir) throws LedgerException {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        try {
          KeyFiles.writePrivateKey(file, Ed25519PrivateKey.generate(), false);
        } catch (FileAlreadyExistsException e) {
          // Another process created it first: use theirs.
        }
      }
      return KeyFiles.readPrivateKey(file);
    } catch (IOException | KeyFormatException e) {
      throw new LedgerException("log key " + file + ": " + e.getMessage(), e);
    }
  }
}
