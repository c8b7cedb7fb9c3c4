package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/entries/{id}/bundle}: the offline bundle against the latest checkpoint (A7). */
public final class BundleHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public BundleHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    OffLoop.answer(ctx, () -> ledger.bundle(id), (c, bundle) -> Answers.jsonText(c, 200,
        bundle.orElseThrow(() -> Answers.notFound("entry " + id))));
  }
}
