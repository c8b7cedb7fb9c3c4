package dev.pedigree.api.http;

import dev.pedigree.api.problem.Problem;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a request the OpenAPI layer refused to a 400 {@code out-of-range} problem whose detail names
 * the parameter: a missing, malformed or out-of-bounds parameter is a value outside its domain.
 */
final class ValidationProblems {
  // vertx-openapi 5 names the parameter as "<location> parameter <name>" in every message.
  private static final Pattern PARAMETER =
      Pattern.compile("\\b(path|query|header|cookie) parameter (\\S+?)(?=\\.?(?:\\s|$))");
  private static final String REASON = "Reason: ";
  private static final int MAX_ECHOED_VALUE = 80;

  private ValidationProblems() {}

  static Problem of(RoutingContext ctx, ValidatorException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = PARAMETER.matcher(message);
    if (!m.find()) {
      return Problem.of(ProblemType.OUT_OF_RANGE, "the request does not match the API: " + message);
    }
    String location = m.group(1);
    String name = m.group(2);
    String subject = location + " parameter " + name;
    if (e.type() == ValidatorErrorType.MISSING_REQUIRED_PARAMETER) {
      return Problem.of(ProblemType.OUT_OF_RANGE, subject + " is required");
    }
    String detail = subject + ": got " + quoted(rawValue(ctx, location, name));
    int reason = message.indexOf(REASON);
    if (reason >= 0) {
      detail += "; " + message.substring(reason + REASON.length());
    }
    return Problem.of(ProblemType.OUT_OF_RANGE, detail);
  }

  private static String rawValue(RoutingContext ctx, String location, String name) {
    return switch (location) {
      case "path" -> ctx.pathParam(name);
      case "query" -> ctx.queryParams().get(name);
      case "header" -> ctx.request().getHeader(name);
      default -> null;
    };
  }

  private static String quoted(String value) {
    if (value == null) {
      return "nothing";
    }
    String shown = value.length() <= MAX_ECHOED_VALUE ? value : value.substring(0, MAX_ECHOED_VALUE) + "...";
    return "\"" + shown + "\"";
  }
}
