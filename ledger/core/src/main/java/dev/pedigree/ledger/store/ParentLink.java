package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** A parent of a model entry: its entry id and the relation ({@code new-version}, ...). */
public record ParentLink(Bytes id, String relation) {
  public ParentLink {
    Checks.digest("parent id", id);
    Checks.token("relation", relation, 64);
  }
}
