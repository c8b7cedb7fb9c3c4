package dev.pedigree.ledger.manifest;

/** A file path that a statement cannot carry (DESIGN A4 file-name rules). */
public final class FileNameException extends Exception {
  public FileNameException(String message) {
    super(message);
  }
}
