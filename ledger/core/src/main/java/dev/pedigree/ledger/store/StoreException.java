package dev.pedigree.ledger.store;

/**
 * A store operation failed: the storage engine reported an error, the store is closed, or what is
 * on disk is not what this build can serve. The message names the evidence.
 */
public class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
