package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/log/leaves/{index}}: the leaf bytes exactly as stored (DESIGN A3, A8). */
public final class LeafHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public LeafHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long index = U64Params.value(ctx, "index");
    // An index above 2^63-1 is negative here; the ledger answers empty for it, like any index
    // past the end.
    OffLoop.answer(ctx, () -> ledger.leaf(index), (c, leaf) -> Answers.bytes(c, 200,
        Answers.JSON, leaf.orElseThrow(
            () -> Answers.notFound("leaf " + Long.toUnsignedString(index)))));
  }
}
