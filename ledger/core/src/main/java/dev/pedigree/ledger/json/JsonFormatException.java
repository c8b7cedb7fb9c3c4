package dev.pedigree.ledger.json;

import java.util.Optional;

/**
 * JSON that Pedigree cannot accept or cannot canonicalise (DESIGN A1). Where one member or element
 * is at fault, {@link #field()} names it as an RFC 6901 JSON Pointer.
 */
public sealed class JsonFormatException extends Exception
    permits MalformedJsonException, NonCanonicalJsonException {
  private final String field;

  public JsonFormatException(String message) {
    this(message, null);
  }

  /** {@code field} is an RFC 6901 JSON Pointer ("" is the whole document), or null if unknown. */
  public JsonFormatException(String message, String field) {
    super(field == null ? message : message + " (at \"" + field + "\")");
    this.field = field;
  }

  /** The offending field as an RFC 6901 JSON Pointer, if one field is at fault. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
