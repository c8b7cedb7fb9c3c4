package dev.pedigree.ledger.crypto;

/** Key material that is not a well-formed Ed25519 key. */
public final class KeyFormatException extends Exception {
  public KeyFormatException(String message) {
    super(message);
  }

  public KeyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
