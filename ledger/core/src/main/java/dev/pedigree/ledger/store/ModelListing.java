package dev.pedigree.ledger.store;

/** A model of a namespace: its folded name and its first spelling. */
public record ModelListing(String folded, String spelling) {
  public ModelListing {
    Checks.token("folded model name", folded, 193);
    Checks.token("model name", spelling, 193);
  }
}
