package dev.pedigree.ledger.service;

/** The ledger cannot be opened: its key, its directory or its store is unusable. */
public final class LedgerException extends Exception {
  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
