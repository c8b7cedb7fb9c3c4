package dev.pedigree.ledger.statement;

import java.util.List;

/** How serious a revocation is (DESIGN A5). */
public enum Severity {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  CRITICAL("critical");

  private final String wireName;

  Severity(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The constant of a wire name. */
  public static Severity of(String wireName) throws StatementException {
    return WireNames.parse(List.of(values()), Severity::wireName, wireName);
  }
}
