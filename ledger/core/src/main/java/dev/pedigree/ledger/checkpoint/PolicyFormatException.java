package dev.pedigree.ledger.checkpoint;

/** A trust policy file (a bare verifier key or C2SP tlog-policy) that is malformed. */
public final class PolicyFormatException extends CheckpointException {
  public PolicyFormatException(String message) {
    super(message);
  }

  public PolicyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
