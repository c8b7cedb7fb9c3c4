package dev.pedigree.api.handler;

import dev.pedigree.api.health.Health;
import dev.pedigree.api.health.HealthSource;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /health}: 200 when the store is open and the sequencer alive, 503 otherwise. */
public final class HealthHandler implements Handler<RoutingContext> {
  private final HealthSource source;

  public HealthHandler(HealthSource source) {
    this.source = source;
  }

  @Override
  public void handle(RoutingContext ctx) {
    // The ledger's answer reads the store: off the event loop.
    ctx.vertx().executeBlocking(source::health, false).onComplete(result -> {
      if (result.failed()) {
        ctx.fail(result.cause());
      } else {
        answer(ctx, result.result());
      }
    });
  }

  private static void answer(RoutingContext ctx, Health health) {
    JsonObject body = new JsonObject()
        .put("status", health.status())
        .put("storeOpen", health.storeOpen())
        .put("sequencerAlive", health.sequencerAlive());
    ctx.response()
        .setStatusCode(health.ok() ? 200 : 503)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(body.toBuffer());
  }
}
