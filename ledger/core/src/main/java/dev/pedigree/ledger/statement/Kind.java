package dev.pedigree.ledger.statement;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six kinds of entry (DESIGN A5), each with its in-toto predicate type. */
public enum Kind {
  RELEASE("release"),
  MODIFICATION("modification"),
  DERIVATION("derivation"),
  ATTESTATION("attestation"),
  REVOCATION("revocation"),
  KEY("key");

  private final String wireName;

  Kind(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the predicate type and in API answers, e.g. {@code release}. */
  public String wireName() {
    return wireName;
  }

  /** {@code https://pedigree.dev/<kind>/v1} (DESIGN A4). */
  public String predicateType() {
    return "https://pedigree.dev/" + wireName + "/v1";
  }

  /** True for the kinds that register a model version with its files. */
  public boolean isModel() {
    return this == RELEASE || this == MODIFICATION || this == DERIVATION;
  }

  /** True for the kinds whose predicate names a {@code target} entry. */
  public boolean hasTarget() {
    return this == ATTESTATION || this == REVOCATION;
  }

  public static Optional<Kind> fromPredicateType(String predicateType) {
    return Arrays.stream(values()).filter(k -> k.predicateType().equals(predicateType)).findFirst();
  }

  static String allPredicateTypes() {
    return Arrays.stream(values()).map(Kind::predicateType).collect(Collectors.joining(", "));
  }
}
