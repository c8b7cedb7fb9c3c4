package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/log/key}: the verifier key text ending with one newline (DESIGN A8). */
public final class LogKeyHandler implements Handler<RoutingContext> {
  private final String text;

  public LogKeyHandler(Ledger ledger) {
    // The key never changes while the ledger is open; no store read per request.
    this.text = ledger.verifierKey() + "\n";
  }

  @Override
  public void handle(RoutingContext ctx) {
    Answers.text(ctx, text);
  }
}
