package dev.pedigree.ledger.crypto;

/** Text that is not canonical standard padded base64. */
public final class Base64Exception extends Exception {
  public Base64Exception(String message) {
    super(message);
  }
}
