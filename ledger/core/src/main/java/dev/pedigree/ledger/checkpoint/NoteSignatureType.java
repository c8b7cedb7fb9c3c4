package dev.pedigree.ledger.checkpoint;

/** The signature types Pedigree understands (C2SP signed-note §Signature types). */
public enum NoteSignatureType {
  /** Ed25519 over the note text: a log's checkpoint signature. */
  ED25519((byte) 0x01),
  /** Timestamped Ed25519 witness cosignature, C2SP tlog-cosignature v1. */
  COSIGNATURE_V1((byte) 0x04);

  private final byte id;

  NoteSignatureType(byte id) {
    this.id = id;
  }

  /** The identifier byte that prefixes the public key in a verifier key and its key ID. */
  public byte id() {
    return id;
  }

  static NoteSignatureType of(byte id) {
    for (NoteSignatureType type : values()) {
      if (type.id == id) {
        return type;
      }
    }
    return null;
  }
}
