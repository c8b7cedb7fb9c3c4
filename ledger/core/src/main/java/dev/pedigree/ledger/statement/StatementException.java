package dev.pedigree.ledger.statement;

/**
 * A statement, or a value inside one, that breaks DESIGN A4/A5. {@link #field()} is an RFC 6901
 * JSON Pointer to the member at fault (the HTTP problem's {@code field}); the message says what was
 * found and what is wanted.
 */
public final class StatementException extends Exception {
  private final String field;

  public StatementException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The RFC 6901 JSON Pointer of the member at fault; {@code ""} is the value itself. */
  public String field() {
    return field;
  }

  /** The same error, its pointer taken relative to the member at {@code pointer}. */
  public StatementException under(String pointer) {
    StatementException moved = new StatementException(pointer + field, getMessage());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  @Override
  public String toString() {
    return "StatementException at " + (field.isEmpty() ? "\"\"" : field) + ": " + getMessage();
  }
}
