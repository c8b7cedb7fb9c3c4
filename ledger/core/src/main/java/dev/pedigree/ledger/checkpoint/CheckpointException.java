package dev.pedigree.ledger.checkpoint;

/**
 * A signed note, checkpoint, proof or trust policy that could not be used: either malformed text or
 * a failed verification. Callers that treat both alike catch this type.
 */
public abstract sealed class CheckpointException extends Exception
    permits NoteFormatException,
        NoteVerificationException,
        CheckpointFormatException,
        PolicyFormatException {
  CheckpointException(String message) {
    super(message);
  }

  CheckpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
