package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/log/proofs/inclusion?index=I&size=N}: RFC 6962 {@code PATH} (DESIGN A8). */
public final class InclusionProofHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public InclusionProofHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long index = U64Params.value(ctx, "index");
    long size = U64Params.value(ctx, "size");
    // Values above 2^63-1 are negative as longs: the ledger refuses them as out-of-range.
    OffLoop.answer(ctx, () -> ledger.inclusionProof(index, size), (c, hashes) -> Answers.bytes(
        c, 200, Answers.JSON, ProofJson.of("index", index, "treeSize", size, hashes)));
  }
}
