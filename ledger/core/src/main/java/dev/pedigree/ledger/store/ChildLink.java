package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** A child of an entry: the child's index and id, and the relation it declared. */
public record ChildLink(long index, Bytes id, String relation) {
  public ChildLink {
    Checks.index("child index", index);
    Checks.digest("child id", id);
    Checks.token("relation", relation, 64);
  }
}
