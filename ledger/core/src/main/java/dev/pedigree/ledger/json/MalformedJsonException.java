package dev.pedigree.ledger.json;

/** Bytes that are not JSON as Pedigree reads it: strict UTF-8 JSON under DESIGN A1's limits. */
public final class MalformedJsonException extends JsonFormatException {
  public MalformedJsonException(String message) {
    super(message);
  }

  public MalformedJsonException(String message, String field) {
    super(message, field);
  }
}
