package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.Objects;

/**
 * One entry as the sequencer hands it to the store: its index, entry id (SHA-256 of the payload,
 * DESIGN A4), the leaf bytes (the JCS record of A3, stored and served exactly), the leaf's RFC 6962
 * hash and the facts its indexes need.
 */
public record StoredEntry(long index, Bytes id, Bytes leaf, Bytes leafHash, EntryFacts facts) {
  /** DESIGN A3: a record is at most 65,535 bytes. */
  public static final int MAX_LEAF_BYTES = 65_535;

  public StoredEntry {
    Checks.index("entry index", index);
    Checks.digest("entry id", id);
    Objects.requireNonNull(leaf, "leaf");
    if (leaf.length() == 0 || leaf.length() > MAX_LEAF_BYTES) {
      throw new IllegalArgumentException(
          "leaf of " + leaf.length() + " bytes, want 1 to " + MAX_LEAF_BYTES);
    }
    Checks.digest("leaf hash", leafHash);
    Objects.requireNonNull(facts, "facts");
  }
}
