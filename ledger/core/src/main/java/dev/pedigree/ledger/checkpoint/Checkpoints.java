package dev.pedigree.ledger.checkpoint;

import java.util.List;

/** Signs and opens checkpoints as signed notes whose key name is the origin (DESIGN A6). */
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * The signed checkpoint note.
   *
   * @throws IllegalArgumentException when the signer's key name is not the checkpoint's origin
   * @throws NoteFormatException when the origin or an extension line breaks the note rules
   */
  public static String sign(Checkpoint checkpoint, NoteSigner signer) throws NoteFormatException {
    if (!signer.name().equals(checkpoint.origin())) {
      throw new IllegalArgumentException(
          "signer " + signer.name() + " cannot sign a checkpoint of origin " + checkpoint.origin());
    }
    return signer.sign(checkpoint.body());
  }

  /**
   * Opens a signed checkpoint with the log's key: the log key must have signed it, its origin must
   * be the key's name, and other signature lines (witness cosignatures) are ignored. If no
   * exception is thrown, the checkpoint verified.
   *
   * @throws NoteFormatException when the note is malformed
   * @throws CheckpointFormatException when its text is not a checkpoint
   * @throws NoteVerificationException when the log's signature is missing or does not verify, or
   *     the origin is not the key's name
   */
  public static Checkpoint open(String signedNote, NoteVerifierKey logKey)
      throws NoteFormatException, NoteVerificationException, CheckpointFormatException {
    if (logKey.type() != NoteSignatureType.ED25519) {
      throw new IllegalArgumentException("key " + logKey.label() + " is not a log key");
    }
    SignedNote note = SignedNote.open(signedNote, List.of(logKey));
    return checkOrigin(Checkpoint.parse(note.text()), logKey);
  }

  static Checkpoint checkOrigin(Checkpoint checkpoint, NoteVerifierKey logKey)
      throws NoteVerificationException {
    if (!checkpoint.origin().equals(logKey.name())) {
      throw new NoteVerificationException(
          "checkpoint origin " + checkpoint.origin() + ", want " + logKey.name());
    }
    return checkpoint;
  }
}
