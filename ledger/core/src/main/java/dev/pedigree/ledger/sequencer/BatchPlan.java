package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Head;
import java.util.List;
import java.util.Optional;

/**
 * One batch as built: what to append (absent when every submission was refused or already
 * present), the state once it is durable, and each submission's answer in submission order.
 */
record BatchPlan(Optional<AppendBatch> batch, TreeState after, List<Outcome> outcomes) {
  /** The answer to one submission, given only once the batch is durable. */
  sealed interface Outcome permits Done, Refused {}

  /** Appended by this batch ({@code created}) or found in the log or earlier in this batch. */
  record Done(String id, long index, Bytes leaf, Bytes leafHash, boolean created)
      implements Outcome {
    /** The answer, once the batch whose tree is {@code head} is durable. */
    Appended at(Head head) {
      return new Appended(id, index, leaf, leafHash, created, head);
    }
  }

  /** Refused on its own; the rest of the batch goes on. */
  record Refused(RejectedException reason) implements Outcome {}
}
