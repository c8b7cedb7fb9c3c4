package dev.pedigree.ledger.manifest;

/** A model directory that cannot be hashed as DESIGN A4 says; the message names the path. */
public final class ModelDirectoryException extends Exception {
  public ModelDirectoryException(String message) {
    super(message);
  }

  public ModelDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
