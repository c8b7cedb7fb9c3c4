package dev.pedigree.ledger.crypto;

/** A signature that does not verify; the message names the key. */
public final class SignatureVerificationException extends Exception {
  public SignatureVerificationException(String message) {
    super(message);
  }
}
