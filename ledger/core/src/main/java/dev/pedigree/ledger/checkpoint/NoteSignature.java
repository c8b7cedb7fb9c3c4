package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Bytes;
import java.nio.ByteBuffer;

/**
 * One signature line of a note, {@code — <name> base64(key ID ‖ payload)}, verified or not; the
 * payload is what follows the 4-byte key ID (C2SP signed-note §Signatures).
 */
public record NoteSignature(String name, int keyId, Bytes payload) {
  /** The em dash and space that open every signature line. */
  static final String PREFIX = "\u2014 ";

  /** Validates; a line that could not be parsed back cannot be built (IllegalArgumentException). */
  public NoteSignature {
    String problem = NoteSyntax.nameProblem(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (payload.length() == 0) {
      throw new IllegalArgumentException("signature payload is empty");
    }
  }

  /** {@code name+keyid}, how messages name the signer. */
  public String label() {
    return String.format("%s+%08x", name, keyId);
  }

  /** The signature line, ending in a newline. */
  public String line() {
    byte[] raw = payload.toByteArray();
    ByteBuffer buffer = ByteBuffer.allocate(4 + raw.length).putInt(keyId).put(raw);
    return PREFIX + name + " " + Bytes.copyOf(buffer.array()).base64() + "\n";
  }
}
