package dev.pedigree.ledger.statement;

import java.util.Arrays;
import java.util.Map;
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

  private static final Map<String, Kind> BY_PREDICATE_TYPE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Kind::predicateType, k -> k));

  private final String wireName;
  private final String predicateType;

  Kind(String wireName) {
    this.wireName = wireName;
    this.predicateType = "https://pedigree.dev/" + wireName + "/v1";
  }

  /** The name in the predicate type and in API answers, e.g. {@code release}. */
  public String wireName() {
    return wireName;
  }

  /** {@code https://pedigree.dev/<kind>/v1} (DESIGN A4). */
  public String predicateType() {
    return predicateType;
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
    return Optional.ofNullable(BY_PREDICATE_TYPE.get(predicateType));
  }

  static String allPredicateTypes() {
    return Arrays.stream(values()).map(Kind::predicateType).collect(Collectors.joining(", "));
  }
}
