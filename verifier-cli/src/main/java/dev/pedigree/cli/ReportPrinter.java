package dev.pedigree.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.verify.Check;
import dev.pedigree.ledger.verify.Report;
import dev.pedigree.ledger.verify.Status;
import java.io.PrintWriter;

/**
 * Prints a {@link Report}: one line per check for humans (coloured on a terminal unless NO_COLOR),
 * or one JSON document; either way the verdict comes last and names the first failed check.
 */
final class ReportPrinter {
  private ReportPrinter() {}

  /** Prints the report and returns the exit code: 0 when it is ok, 1 when a check failed. */
  static int print(PrintWriter out, Terminal t, Report report, boolean json, String subject)
      throws JsonProcessingException {
    if (json) {
      out.println(Json.mapper().writeValueAsString(toJson(report, subject)));
    } else {
      for (Check c : report.checks()) {
        out.println(label(t, c.status()) + "  " + c.name() + ": " + c.detail());
      }
      out.println(verdict(t, report, subject));
    }
    out.flush();
    return report.ok() ? Main.OK : Main.FAILED;
  }

  /** {@code {"ok", "subject", "firstFailure", "checks": [{"name", "status", "detail"}]}}. */
  static ObjectNode toJson(Report report, String subject) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("ok", report.ok());
    root.put("subject", subject);
    report
        .firstFailure()
        .ifPresentOrElse(
            c -> root.set("firstFailure", check(c)), () -> root.putNull("firstFailure"));
    ArrayNode checks = root.putArray("checks");
    report.checks().forEach(c -> checks.add(check(c)));
    return root;
  }

  /** The wire name of a status: {@code passed}, {@code failed}, {@code not checked}. */
  static String wireName(Status status) {
    return switch (status) {
      case PASSED -> "passed";
      case FAILED -> "failed";
      case NOT_CHECKED -> "not checked";
    };
  }

  private static ObjectNode check(Check c) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("name", c.name());
    node.put("status", wireName(c.status()));
    node.put("detail", c.detail());
    return node;
  }

  private static String label(Terminal t, Status status) {
    return switch (status) {
      case PASSED -> t.good("ok         ");
      case FAILED -> t.bad("FAILED     ");
      case NOT_CHECKED -> t.warn("not checked");
    };
  }

  private static String verdict(Terminal t, Report report, String subject) {
    return report
        .firstFailure()
        .map(c -> t.bad("FAILED") + ": " + subject + ": " + c.name() + ": " + c.detail())
        .orElseGet(
            () -> {
              long open =
                  report.checks().stream().filter(c -> c.status() == Status.NOT_CHECKED).count();
              return t.good("VERIFIED")
                  + ": "
                  + subject
                  + (open == 0 ? "" : " (" + open + " not checked: offline limits, see above)");
            });
  }
}
