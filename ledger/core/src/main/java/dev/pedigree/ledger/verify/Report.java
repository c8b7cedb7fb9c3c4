package dev.pedigree.ledger.verify;

import java.util.List;
import java.util.Optional;

/**
 * Every check a composed verification made, in the order made: passed, failed with evidence, or not
 * checked. The verification succeeded exactly when no check failed.
 */
public record Report(List<Check> checks) {
  public Report {
    checks = List.copyOf(checks);
  }

  /** True when no check failed ({@link Status#NOT_CHECKED} does not fail a report). */
  public boolean ok() {
    return checks.stream().noneMatch(Check::failed);
  }

  /** The first failed check, which is the reason a caller should give. */
  public Optional<Check> firstFailure() {
    return checks.stream().filter(Check::failed).findFirst();
  }

  /** The check of that name, if made. */
  public Optional<Check> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The checks whose name starts with {@code prefix}, in order. */
  public List<Check> checks(String prefix) {
    return checks.stream().filter(c -> c.name().startsWith(prefix)).toList();
  }
}
