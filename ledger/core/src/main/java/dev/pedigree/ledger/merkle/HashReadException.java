package dev.pedigree.ledger.merkle;

/** A {@link HashReader} could not return the stored hashes asked for. */
public final class HashReadException extends Exception {
  public HashReadException(String message) {
    super(message);
  }

  public HashReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
