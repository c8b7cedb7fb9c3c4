package dev.pedigree.ledger.checkpoint;

/** A well-formed note whose signatures do not satisfy the verifier; the message names the keys. */
public final class NoteVerificationException extends CheckpointException {
  public NoteVerificationException(String message) {
    super(message);
  }
}
