package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.Records;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.StoredHashes;
import dev.pedigree.ledger.merkle.TreeHashes;
import dev.pedigree.ledger.rules.Accepted;
import dev.pedigree.ledger.rules.OverlayView;
import dev.pedigree.ledger.rules.Rules;
import dev.pedigree.ledger.sequencer.BatchPlan.Done;
import dev.pedigree.ledger.sequencer.BatchPlan.Outcome;
import dev.pedigree.ledger.sequencer.BatchPlan.Refused;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch being built, one submission at a time as they arrive (DESIGN B3): each is checked
 * against the store, the batch being written if there is one ({@code pending}: accepted, not yet
 * durable) and this batch's earlier entries, and gets its index, {@code prev}, integrated time
 * and stored hashes. {@link #close} computes the root and signs the checkpoint. Writes nothing.
 * Used by the sequencer's thread only.
 */
final class OpenBatch {
  private final BatchBuilder builder;
  private final TreeState start;
  private final Optional<BatchPlan> pending;
  private final OverlayView overlay;
  private final BatchHashes hashes;
  private final List<StoredEntry> entries = new ArrayList<>();
  private final List<Accepted> accepted = new ArrayList<>();
  private final Map<String, Appended> created = new HashMap<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private long index;
  private Bytes prev;
  private Optional<IntegratedTime> lastTime;

  /** A batch on {@code start}: the durable state, or {@code pending}'s state once written. */
  OpenBatch(BatchBuilder builder, TreeState start, Optional<BatchPlan> pending,
      OverlayView overlay, BatchHashes hashes) {
    this.builder = builder;
    this.start = start;
    this.pending = pending;
    this.overlay = overlay;
    this.hashes = hashes;
    this.index = start.size();
    this.prev = start.lastLeafHash();
    this.lastTime = start.lastTime();
    pending.ifPresent(p -> p.accepted().forEach(overlay::apply));
  }

  /** The number of submissions taken. */
  int count() {
    return outcomes.size();
  }

  /** Decides the next submission; its answer is given only once the batch is durable. */
  void add(Submission s) throws StoreException {
    try {
      outcomes.add(decide(s));
    } catch (HashReadException e) {
      throw new StoreException("stored hashes unreadable: " + e.getMessage(), e);
    } catch (StoreLedgerView.StoreFailure e) {
      throw e.getCause();
    }
  }

  private Outcome decide(Submission s) throws StoreException, HashReadException {
    Appended earlier = created.get(s.id());
    if (earlier == null && pending.isPresent()) {
      earlier = pending.get().created().get(s.id());
    }
    if (earlier != null) {
      return new Done(new Appended(
          s.id(), earlier.index(), earlier.leaf(), earlier.leafHash(), false));
    }
    Optional<Appended> existing = builder.existing(s.id());
    if (existing.isPresent()) {
      return new Done(existing.get());
    }
    IntegratedTime time = builder.next(lastTime);
    byte[] leaf;
    Accepted accepted;
    try {
      leaf = Records.leafFor(s, index, time, prev);
      accepted = Rules.check(overlay, index, s, s.signerKeyIds());
    } catch (RejectedException e) {
      return new Refused(e);
    }
    overlay.apply(accepted);
    this.accepted.add(accepted);
    byte[] leafHash = Merkle.leafHash(leaf);
    hashes.addAll(StoredHashes.forRecordHash(index, leafHash, hashes));
    Bytes leafHashBytes = Bytes.copyOf(leafHash);
    Bytes leafBytes = Bytes.copyOf(leaf);
    entries.add(new StoredEntry(index, Bytes.fromHex(s.id()), leafBytes, leafHashBytes,
        Facts.of(accepted.info(), s.statement())));
    Appended appended = new Appended(s.id(), index, leafBytes, leafHashBytes, true);
    created.put(s.id(), appended);
    index++;
    prev = leafHashBytes;
    lastTime = Optional.of(time);
    return new Done(appended);
  }

  /** The batch to append, with the root and signed checkpoint of the tree it ends. */
  BatchPlan close() throws StoreException {
    if (entries.isEmpty()) {
      return new BatchPlan(Optional.empty(), start, outcomes, accepted, created);
    }
    Bytes root;
    try {
      root = Bytes.copyOf(TreeHashes.treeHash(index, hashes));
    } catch (HashReadException e) {
      throw new StoreException("stored hashes unreadable: " + e.getMessage(), e);
    }
    String checkpoint = builder.sign(index, root);
    List<Bytes> added = hashes.added();
    AppendBatch batch =
        new AppendBatch(index, root, checkpoint, entries, start.hashCount(), added);
    TreeState after = new TreeState(
        index, start.hashCount() + added.size(), root, checkpoint, prev, lastTime);
    return new BatchPlan(Optional.of(batch), after, outcomes, accepted, created);
  }
}
