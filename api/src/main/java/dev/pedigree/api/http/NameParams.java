package dev.pedigree.api.http;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the name parameters of the model routes against {@code openapi.yaml}'s patterns, in place
 * of the OpenAPI layer: vertx-openapi 5.0 reads a string parameter that looks like JSON as JSON, so
 * the version {@code 1.1} or the model {@code 3.1} would be refused as "a number, expected a
 * string". Those routes are not validated by the router; this handler does it, as text.
 */
public final class NameParams implements Handler<RoutingContext> {
  /** The patterns of {@code openapi.yaml} (DESIGN A5 names). */
  public static final Map<String, Pattern> PATTERNS = Map.of(
      "namespace", Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_])?"),
      "model", Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9_])?"),
      "version", Pattern.compile("[A-Za-z0-9._+-]{1,64}"),
      "cursor", Pattern.compile("(?s).{1,512}"));
  private static final int MAX_ECHOED_VALUE = 80;

  private final Map<String, Pattern> checked = new LinkedHashMap<>();

  /** Checks the named path parameters (and the {@code cursor} query parameter when present). */
  public NameParams(String... pathParams) {
    for (String name : pathParams) {
      checked.put(name, PATTERNS.get(name));
    }
  }

  @Override
  public void handle(RoutingContext ctx) {
    checked.forEach((name, pattern) -> check("path parameter " + name, ctx.pathParam(name),
        pattern));
    String cursor = ctx.queryParams().get("cursor");
    if (cursor != null) {
      check("query parameter cursor", cursor, PATTERNS.get("cursor"));
    }
    ctx.next();
  }

  private static void check(String subject, String value, Pattern pattern) {
    if (value == null) {
      throw new ProblemException(ProblemType.OUT_OF_RANGE, subject + " is required");
    }
    if (!pattern.matcher(value).matches()) {
      String shown = value.length() <= MAX_ECHOED_VALUE ? value
          : value.substring(0, MAX_ECHOED_VALUE) + "...";
      throw new ProblemException(ProblemType.OUT_OF_RANGE, subject + ": got \"" + shown
          + "\", want text matching " + pattern.pattern());
    }
  }
}
