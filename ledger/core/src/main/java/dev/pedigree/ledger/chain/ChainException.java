package dev.pedigree.ledger.chain;

/** A record that is malformed or does not link to its predecessor; names the index at fault. */
public final class ChainException extends Exception {
  private final long index;

  public ChainException(long index, String message) {
    super("record " + Long.toUnsignedString(index) + ": " + message);
    this.index = index;
  }

  /** The index of the first bad record. */
  public long index() {
    return index;
  }
}
