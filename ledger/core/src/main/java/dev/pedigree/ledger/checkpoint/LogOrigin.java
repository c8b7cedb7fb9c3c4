package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.Sha256;

/** The default checkpoint origin of a log, which is also its key name (DESIGN A6). */
public final class LogOrigin {
  private LogOrigin() {}

  /**
   * {@code localhost/pedigree/<first 8 hex of SHA-256 of the raw 32-byte public key>}, so that two
   * logs never share an origin.
   */
  public static String defaultFor(Ed25519PublicKey logKey) {
    return "localhost/pedigree/" + Sha256.hex(logKey.raw().toByteArray()).substring(0, 8);
  }
}
