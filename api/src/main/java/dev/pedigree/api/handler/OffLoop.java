package dev.pedigree.api.handler;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.api.problem.Rejections;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.store.InvalidCursorException;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;

/**
 * Runs ledger reads on a Vert.x worker thread: every call that may touch RocksDB stays off the
 * event loop. Refusals become problems; anything else fails the request (500, logged).
 */
final class OffLoop {
  /** A ledger call that may block and throw the ledger's checked exceptions. */
  @FunctionalInterface
  interface Read<T> {
    T get() throws Exception;
  }

  private OffLoop() {}

  /** {@code read} on a worker; its result on the request's event loop. */
  static <T> Future<T> run(RoutingContext ctx, Read<T> read) {
    // Unordered: independent reads of one connection may run in parallel.
    return ctx.vertx().executeBlocking(() -> {
      try {
        return read.get();
      } catch (RejectedException e) {
        throw Rejections.problem(e);
      } catch (InvalidCursorException e) {
        throw new ProblemException(ProblemType.OUT_OF_RANGE,
            "query parameter cursor: " + e.getMessage());
      }
    }, false);
  }

  /** Runs {@code read} off the loop, then {@code answer} on it; a failure fails the request. */
  static <T> void answer(RoutingContext ctx, Read<T> read, BiConsumer<RoutingContext, T> answer) {
    run(ctx, read).onComplete(result -> {
      if (result.failed()) {
        ctx.fail(result.cause());
        return;
      }
      try {
        answer.accept(ctx, result.result());
      } catch (RuntimeException e) {
        ctx.fail(e);
      }
    });
  }
}
