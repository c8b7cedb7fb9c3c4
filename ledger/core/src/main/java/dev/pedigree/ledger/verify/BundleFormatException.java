package dev.pedigree.ledger.verify;

/** A bundle that cannot be read: names the member at fault as a JSON Pointer. */
public final class BundleFormatException extends Exception {
  private final String field;

  public BundleFormatException(String field, String message) {
    super((field.isEmpty() ? "bundle" : field) + ": " + message);
    this.field = field;
  }

  /** The RFC 6901 pointer of the member at fault, empty for the whole bundle. */
  public String field() {
    return field;
  }
}
