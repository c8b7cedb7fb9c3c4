package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.sequencer.BatchPlan.Done;
import dev.pedigree.ledger.sequencer.BatchPlan.Outcome;
import dev.pedigree.ledger.sequencer.BatchPlan.Refused;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A built batch handed to the writer, with the submissions it answers (in plan order); {@code
 * written} completes once its append returned, exceptionally when it failed.
 */
record Flight(BatchPlan plan, List<Pending> pending, CompletableFuture<Void> written) {
  /** Answers every submission of a plan that is durable (or had nothing to write). */
  static void answer(BatchPlan plan, List<Pending> pending) {
    for (int i = 0; i < pending.size(); i++) {
      Outcome outcome = plan.outcomes().get(i);
      CompletableFuture<Appended> future = pending.get(i).future();
      if (outcome instanceof Done done) {
        future.complete(done.appended());
      } else {
        future.completeExceptionally(((Refused) outcome).reason());
      }
    }
  }
}
