package dev.pedigree.ledger.store;

/**
 * An append was refused before anything was written (for instance a batch that does not start at
 * the current size); the store is unchanged.
 */
public final class AppendRefusedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public AppendRefusedException(String message) {
    super(message);
  }
}
