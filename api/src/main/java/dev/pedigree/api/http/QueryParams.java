package dev.pedigree.api.http;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Reads optional query parameters with their {@code openapi.yaml} defaults. The OpenAPI layer has
 * checked them already, but it applies no defaults and counts {@code 1e1} as an integer, so small
 * integers are parsed here again, as plain decimal digits only.
 */
public final class QueryParams {
  private static final int MAX_ECHOED_VALUE = 80;

  private QueryParams() {}

  /** The parameter in {@code [min, max]}, or {@code fallback} when absent. */
  public static int intIn(RoutingContext ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParams().get(name);
    if (text == null) {
      return fallback;
    }
    if (text.matches("[0-9]{1,9}")) {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    String shown = text.length() <= MAX_ECHOED_VALUE ? text : text.substring(0, MAX_ECHOED_VALUE)
        + "...";
    throw new ProblemException(ProblemType.OUT_OF_RANGE, "query parameter " + name + ": got \""
        + shown + "\", want an integer in [" + min + ", " + max + "]");
  }

  /** The parameter's text, empty when absent. */
  public static Optional<String> text(RoutingContext ctx, String name) {
    return Optional.ofNullable(ctx.queryParams().get(name));
  }
}
