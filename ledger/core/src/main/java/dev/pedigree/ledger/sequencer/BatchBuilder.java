package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteFormatException;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.rules.OverlayView;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds batches (DESIGN B3) as {@link OpenBatch}es: each submission in order is checked against
 * the store, the batch being written and the batch's earlier entries, gets its index, {@code prev},
 * integrated time and stored hashes; then the new root is computed and a checkpoint signed. Writes
 * nothing: the sequencer appends the plan and answers only once it is durable.
 */
final class BatchBuilder {
  private final Store store;
  private final WriterView view;
  private final NoteSigner signer;
  private final Clock clock;

  BatchBuilder(Store store, StoreLedgerView view, NoteSigner signer, Clock clock) {
    this.store = store;
    this.view = new WriterView(view);
    this.signer = signer;
    this.clock = clock;
  }

  /**
   * Opens a batch on {@code start}. With a {@code pending} batch (built, being written, not yet
   * durable) {@code start} is the state after it, and the new batch is checked against its
   * entries as if they were in the store.
   */
  OpenBatch open(TreeState start, Optional<BatchPlan> pending) {
    Optional<AppendBatch> pendingBatch = pending.flatMap(BatchPlan::batch);
    return new OpenBatch(this, start, pending, new OverlayView(view),
        new BatchHashes(store, pendingBatch, start.hashCount()));
  }

  /** Tells the rules' view what a plan made durable; call only once its append succeeded. */
  void written(AppendBatch batch) {
    view.written(batch.entries());
  }

  /** The signed checkpoint of a tree (DESIGN A6); the signer's name is the origin. */
  String sign(long size, Bytes root) {
    try {
      return Checkpoints.sign(Checkpoint.of(signer.name(), size, root), signer);
    } catch (NoteFormatException e) {
      throw new IllegalStateException("origin " + signer.name() + " cannot sign a checkpoint", e);
    }
  }

  /** The entry of this id if the store holds it. */
  Optional<Appended> existing(String id) throws StoreException {
    OptionalLong index = store.indexOf(Bytes.fromHex(id));
    if (index.isEmpty()) {
      return Optional.empty();
    }
    Bytes leaf = store.leaf(index.getAsLong()).orElseThrow(
        () -> new StoreException("entry " + id + " indexed at " + index.getAsLong()
            + " has no leaf"));
    Bytes leafHash = Bytes.copyOf(Merkle.leafHash(leaf.toByteArray()));
    return Optional.of(new Appended(id, index.getAsLong(), leaf, leafHash, false));
  }

  /** The clock's time, but never before the last entry's (DESIGN A3: never decreasing). */
  IntegratedTime next(Optional<IntegratedTime> last) {
    IntegratedTime now = IntegratedTime.of(clock.instant());
    return last.isPresent() && now.compareTo(last.get()) < 0 ? last.get() : now;
  }
}
