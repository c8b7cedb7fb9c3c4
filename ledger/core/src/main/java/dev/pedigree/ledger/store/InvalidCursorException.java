package dev.pedigree.ledger.store;

/** A paging cursor that this store did not hand out (a client error, not a storage failure). */
public final class InvalidCursorException extends StoreException {
  private static final long serialVersionUID = 1L;

  public InvalidCursorException(String message) {
    super(message);
  }
}
