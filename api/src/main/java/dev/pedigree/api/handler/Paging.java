package dev.pedigree.api.handler;

import dev.pedigree.api.http.QueryParams;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** The paging parameters of {@code openapi.yaml}: {@code limit} (its bounds) and {@code cursor}. */
final class Paging {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private Paging() {}

  /** The request's {@code limit}, {@value #DEFAULT_LIMIT} when absent; a 400 problem outside. */
  static int limit(RoutingContext ctx) {
    return QueryParams.intIn(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** The request's {@code cursor}, from the previous page's {@code next}. */
  static Optional<String> cursor(RoutingContext ctx) {
    return QueryParams.text(ctx, "cursor");
  }
}
