package dev.pedigree.ledger.store;

/** The six entry kinds of DESIGN A5, as the store indexes them. */
public enum EntryKind {
  RELEASE("release"),
  MODIFICATION("modification"),
  DERIVATION("derivation"),
  ATTESTATION("attestation"),
  REVOCATION("revocation"),
  KEY("key");

  private final String wireName;

  EntryKind(String wireName) {
    this.wireName = wireName;
  }

  /** The kind as it appears in {@code https://pedigree.dev/<kind>/v1}. */
  public String wireName() {
    return wireName;
  }

  /** True for the kinds that register a model version (and so carry files and a name). */
  public boolean isModel() {
    return this == RELEASE || this == MODIFICATION || this == DERIVATION;
  }

  /** True for the kinds whose predicate names a {@code target} entry. */
  public boolean hasTarget() {
    return this == ATTESTATION || this == REVOCATION;
  }
}
