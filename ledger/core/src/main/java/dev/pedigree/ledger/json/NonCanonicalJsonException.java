package dev.pedigree.ledger.json;

/** Well-formed JSON whose bytes are not its RFC 8785 canonical form (DESIGN A1 `non-canonical`). */
public final class NonCanonicalJsonException extends JsonFormatException {
  public NonCanonicalJsonException(String message) {
    super(message);
  }
}
