package dev.pedigree.ledger.verify;

import java.util.Objects;

/**
 * One check of a report: a stable name (such as {@code inclusion/entry} or {@code file
 * config.json}), its status, and the evidence for humans ("got X, want Y").
 */
public record Check(String name, Status status, String detail) {
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  public static Check passed(String name, String detail) {
    return new Check(name, Status.PASSED, detail);
  }

  public static Check failed(String name, String detail) {
    return new Check(name, Status.FAILED, detail);
  }

  public static Check notChecked(String name, String detail) {
    return new Check(name, Status.NOT_CHECKED, detail);
  }

  public boolean failed() {
    return status == Status.FAILED;
  }

  @Override
  public String toString() {
    return status + " " + name + ": " + detail;
  }
}
