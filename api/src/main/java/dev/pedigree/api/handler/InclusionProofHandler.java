package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.api.problem.Rejections;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.StoreException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /v1/log/proofs/inclusion?index=I&size=N}: RFC 6962 {@code PATH} (DESIGN A8). A proof
 * whose stored hashes are all in the {@link StoredHashCache} is answered on the event loop; any
 * other is read from the store on a worker thread, and what it read is kept.
 */
public final class InclusionProofHandler implements Handler<RoutingContext> {
  private final Ledger ledger;
  private final StoredHashCache cache;

  /** {@code cache} belongs to this router's event loop, as this handler does. */
  public InclusionProofHandler(Ledger ledger, StoredHashCache cache) {
    this.ledger = ledger;
    this.cache = cache;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long index = U64Params.value(ctx, "index");
    long size = U64Params.value(ctx, "size");
    // Values above 2^63-1 are negative as longs: the ledger refuses them as out-of-range.
    List<Bytes> proof;
    try {
      // The range check reads the tree size from memory; the cache never touches the store.
      proof = ledger.inclusionProof(index, size, cache.inMemory());
    } catch (HashReadException e) {
      if (StoredHashCache.missed(e)) {
        StoredHashCache.Reads reads = new StoredHashCache.Reads(ledger.storedHashes());
        OffLoop.answer(ctx, () -> ledger.inclusionProof(index, size, reads), (c, hashes) -> {
          cache.keep(reads);
          answer(c, index, size, hashes);
        });
      } else {
        ctx.fail(e);
      }
      return;
    } catch (RejectedException e) {
      ctx.fail(Rejections.problem(e));
      return;
    } catch (StoreException e) {
      ctx.fail(e);
      return;
    }
    answer(ctx, index, size, proof);
  }

  private static void answer(RoutingContext ctx, long index, long size, List<Bytes> hashes) {
    Answers.bytes(ctx, 200, Answers.JSON, ProofJson.of("index", index, "treeSize", size, hashes));
  }
}
