package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/log/proofs/consistency?from=M&to=N}: RFC 6962 {@code PROOF} (DESIGN A8). */
public final class ConsistencyProofHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public ConsistencyProofHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long from = U64Params.value(ctx, "from");
    long to = U64Params.value(ctx, "to");
    OffLoop.answer(ctx, () -> ledger.consistencyProof(from, to), (c, hashes) ->
        Answers.bytes(c, 200, Answers.JSON, ProofJson.of("from", from, "to", to, hashes)));
  }
}
