package dev.pedigree.api.http;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Parses unsigned 64-bit path and query parameters (DESIGN A2: sizes and indexes are u64) exactly,
 * in front of a handler, which then reads them with {@link #value}. The OpenAPI layer has already
 * checked "integer in [0, 2^64−1]", but JSON Schema counts {@code 1e3} and {@code 10.0} as
 * integers; only plain decimal digits pass here, anything else is 400 {@code out-of-range}.
 */
public final class U64Params implements Handler<RoutingContext> {
  private static final String KEY_PREFIX = "pedigree.u64.";
  private static final int MAX_ECHOED_VALUE = 80;

  private final List<String> names;

  /** Checks the named parameters, each looked up in the path first, then the query. */
  public U64Params(List<String> names) {
    this.names = List.copyOf(names);
  }

  @Override
  public void handle(RoutingContext ctx) {
    for (String name : names) {
      String where = "path";
      String text = ctx.pathParam(name);
      if (text == null) {
        where = "query";
        text = ctx.queryParams().get(name);
      }
      if (text != null) {
        ctx.put(KEY_PREFIX + name, parse(where + " parameter " + name, text));
      }
    }
    ctx.next();
  }

  /** The parameter's value as an unsigned long (compare with {@link Long#compareUnsigned}). */
  public static long value(RoutingContext ctx, String name) {
    Long value = ctx.get(KEY_PREFIX + name);
    if (value == null) {
      throw new IllegalStateException("u64 parameter " + name + " was not parsed for this route");
    }
    return value;
  }

  /** Parses decimal text in [0, 2^64−1]; the message names {@code subject}. */
  static long parse(String subject, String text) {
    // Only plain decimal digits: no sign, no exponent, no fraction (the OpenAPI layer lets 1e3
    // and 10.0 through as integers).
    if (!plainDigits(text)) {
      throw outOfRange(subject, text);
    }
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw outOfRange(subject, text);
    }
  }

  /** 1 to 20 ASCII digits: what {@code [0-9]{1,20}} matches, without a regex per request. */
  private static boolean plainDigits(String text) {
    if (text.isEmpty() || text.length() > 20) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static ProblemException outOfRange(String subject, String text) {
    String shown = text.length() <= MAX_ECHOED_VALUE ? text : text.substring(0, MAX_ECHOED_VALUE) + "...";
    return new ProblemException(ProblemType.OUT_OF_RANGE,
        subject + ": got \"" + shown + "\", want an integer in [0, 18446744073709551615]");
  }
}
