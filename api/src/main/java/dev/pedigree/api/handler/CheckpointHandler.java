package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.StoreException;
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
    // The one read served on the event loop: the checkpoint is in memory (Ledger#checkpoint), and
    // it is the most frequent request of monitors and witnesses.
    String note;
    try {
      note = ledger.checkpoint();
    } catch (StoreException e) {
      ctx.fail(e);
      return;
    }
    ctx.response().putHeader("Cache-Control", "no-store");
    Answers.text(ctx, note);
  }
}
