package dev.pedigree.ledger.checkpoint;

/** A checkpoint body (C2SP tlog-checkpoint) or tlog-proof text that is malformed. */
public final class CheckpointFormatException extends CheckpointException {
  public CheckpointFormatException(String message) {
    super(message);
  }

  public CheckpointFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
