package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** An entry that holds a file of a given digest, and the file's path in it. */
public record DigestHit(long index, Bytes id, String path) {
  public DigestHit {
    Checks.index("entry index", index);
    Checks.digest("entry id", id);
    Checks.path(path);
  }
}
