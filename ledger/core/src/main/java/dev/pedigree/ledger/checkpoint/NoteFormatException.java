package dev.pedigree.ledger.checkpoint;

/** Text that is not a well-formed signed note, verifier key or signer key (C2SP signed-note). */
public final class NoteFormatException extends CheckpointException {
  public NoteFormatException(String message) {
    super(message);
  }

  public NoteFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
