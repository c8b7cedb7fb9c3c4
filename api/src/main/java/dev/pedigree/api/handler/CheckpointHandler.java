package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/log/checkpoint}: the latest signed note, verbatim (DESIGN A6, A8). */
public final class CheckpointHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public CheckpointHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    OffLoop.answer(ctx, ledger::checkpoint, (c, note) -> {
      c.response().putHeader("Cache-Control", "no-store");
      Answers.text(c, note);
    });
  }
}
