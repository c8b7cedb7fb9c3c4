package dev.pedigree.ledger.statement;

import dev.pedigree.ledger.crypto.Sha256;

/** Computes entry ids. */
public final class EntryIds {
  private EntryIds() {}

  /**
   * The id of an entry: lowercase hex SHA-256 of its payload bytes, known before submission, and
   * blind to the signatures so that their malleability cannot make a second entry (DESIGN A4).
   */
  public static EntryId of(byte[] payload) {
    return new EntryId(Sha256.hex(payload));
  }
}
