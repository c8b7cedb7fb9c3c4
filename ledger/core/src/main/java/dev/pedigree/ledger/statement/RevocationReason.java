package dev.pedigree.ledger.statement;

import java.util.List;

/** Why a revocation withdraws or flags its target (DESIGN A5). */
public enum RevocationReason {
  SECURITY("security"),
  SAFETY("safety"),
  LEGAL("legal"),
  SUPERSEDED("superseded"),
  OTHER("other");

  private final String wireName;

  RevocationReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The constant of a wire name. */
  public static RevocationReason of(String wireName) throws StatementException {
    return WireNames.parse(List.of(values()), RevocationReason::wireName, wireName);
  }
}
