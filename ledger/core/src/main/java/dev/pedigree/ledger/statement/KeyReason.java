package dev.pedigree.ledger.statement;

import java.util.List;

/** Why a key entry removes keys (DESIGN A5): a compromised key taints what it signed, a rotated one does not. */
public enum KeyReason {
  ROTATED("rotated"),
  COMPROMISED("compromised");

  private final String wireName;

  KeyReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The constant of a wire name. */
  public static KeyReason of(String wireName) throws StatementException {
    return WireNames.parse(List.of(values()), KeyReason::wireName, wireName);
  }
}
