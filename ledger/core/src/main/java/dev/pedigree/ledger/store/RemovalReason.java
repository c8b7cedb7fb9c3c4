package dev.pedigree.ledger.store;

/** Why a {@code key} entry removed keys (DESIGN A5 {@code reason}). */
public enum RemovalReason {
  ROTATED("rotated"),
  COMPROMISED("compromised");

  private final String wireName;

  RemovalReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
