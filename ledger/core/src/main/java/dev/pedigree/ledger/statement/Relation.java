package dev.pedigree.ledger.statement;

import java.util.List;

/** How a model entry relates to a parent (DESIGN A5); {@code new-version} only for a modification. */
public enum Relation {
  NEW_VERSION("new-version"),
  FINETUNE("finetune"),
  ADAPTER("adapter"),
  QUANTIZED("quantized"),
  MERGE("merge"),
  DISTILL("distill"),
  PRUNE("prune"),
  CONVERT("convert"),
  OTHER("other");

  private final String wireName;

  Relation(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The constant of a wire name. */
  public static Relation of(String wireName) throws StatementException {
    return WireNames.parse(List.of(values()), Relation::wireName, wireName);
  }
}
