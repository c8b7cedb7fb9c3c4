package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.SignatureVerificationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Timestamped Ed25519 witness cosignatures (C2SP tlog-cosignature v1.0.1, signature type 0x04): the
 * payload is an 8-byte big-endian timestamp then the signature of {@code cosignature/v1\ntime
 * <t>\n} followed by the checkpoint body.
 */
public final class CosignatureV1 {
  /** tlog-cosignature §Format: u64 timestamp ‖ ed25519_signature[64]. */
  static final int PAYLOAD_LENGTH = 8 + Ed25519PublicKey.SIGNATURE_LENGTH;

  private CosignatureV1() {}

  /** The signed message, tlog-cosignature §Ed25519 signed message. */
  public static byte[] message(String checkpointBody, long timestamp) {
    String header = "cosignature/v1\ntime " + timestamp + "\n";
    return (header + checkpointBody).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The witness's cosignature line over a checkpoint body.
   *
   * @throws NoteFormatException when the name or body could not appear in a note
   * @throws IllegalArgumentException when the timestamp is negative (it must be at most 2^63 − 1)
   */
  public static NoteSignature sign(
      String name, Ed25519PrivateKey witnessKey, String checkpointBody, long timestamp)
      throws NoteFormatException {
    if (timestamp < 0) {
      throw new IllegalArgumentException("cosignature timestamp " + timestamp + " is negative");
    }
    NoteSigner.checkText(checkpointBody);
    NoteVerifierKey key =
        NoteVerifierKey.of(name, NoteSignatureType.COSIGNATURE_V1, witnessKey.publicKey());
    byte[] signature = witnessKey.sign(message(checkpointBody, timestamp));
    byte[] payload = ByteBuffer.allocate(PAYLOAD_LENGTH).putLong(timestamp).put(signature).array();
    return new NoteSignature(name, key.keyId(), Bytes.copyOf(payload));
  }

  /**
   * Verifies a cosignature by the witness over the checkpoint body and returns its timestamp.
   *
   * @throws NoteVerificationException when the line is not the witness's, is malformed, or does not
   *     verify
   */
  public static long verify(NoteVerifierKey witness, String checkpointBody, NoteSignature line)
      throws NoteVerificationException {
    if (witness.type() != NoteSignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("key " + witness.label() + " is not a cosigner key");
    }
    if (!line.name().equals(witness.name()) || line.keyId() != witness.keyId()) {
      throw new NoteVerificationException(
          "signature " + line.label() + " is not by witness " + witness.label());
    }
    byte[] payload = line.payload().toByteArray();
    if (payload.length != PAYLOAD_LENGTH) {
      throw new NoteVerificationException(
          "cosignature by "
              + witness.label()
              + " of "
              + payload.length
              + " bytes, want "
              + PAYLOAD_LENGTH);
    }
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    long timestamp = buffer.getLong();
    if (timestamp < 0) {
      throw new NoteVerificationException(
          "cosignature by "
              + witness.label()
              + " has timestamp "
              + Long.toUnsignedString(timestamp)
              + ", above 2^63 - 1");
    }
    byte[] signature = new byte[Ed25519PublicKey.SIGNATURE_LENGTH];
    buffer.get(signature);
    try {
      witness.publicKey().verify(message(checkpointBody, timestamp), signature);
    } catch (SignatureVerificationException e) {
      throw new NoteVerificationException("cosignature by " + witness.label() + " does not verify");
    }
    return timestamp;
  }
}
