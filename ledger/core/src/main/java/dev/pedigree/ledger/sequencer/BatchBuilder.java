package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteFormatException;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.chain.IntegratedTime;
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
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.sequencer.BatchPlan.Done;
import dev.pedigree.ledger.sequencer.BatchPlan.Outcome;
import dev.pedigree.ledger.sequencer.BatchPlan.Refused;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds one batch (DESIGN B3): each submission in order is checked against the store and the
 * batch's earlier entries, gets its index, {@code prev}, integrated time and stored hashes; then the
 * new root is computed and a checkpoint signed. Writes nothing: the sequencer appends the plan and
 * answers only once it is durable.
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

  BatchPlan build(TreeState state, List<Prepared> submissions) throws StoreException {
    OverlayView overlay = new OverlayView(view);
    BatchHashes hashes = new BatchHashes(store, state.hashCount());
    List<StoredEntry> entries = new ArrayList<>(submissions.size());
    Map<String, Done> inBatch = new HashMap<>(2 * submissions.size());
    List<Outcome> outcomes = new ArrayList<>(submissions.size());
    long index = state.size();
    Bytes prev = state.lastLeafHash();
    Optional<IntegratedTime> lastTime = state.lastTime();
    List<Bytes> ids = new ArrayList<>(submissions.size());
    List<String> names = new ArrayList<>(submissions.size());
    for (Prepared p : submissions) {
      ids.add(p.id());
      if (p.submission().statement().predicate() instanceof ModelPredicate m) {
        names.add(m.model().name().folded());
      }
    }
    try {
      // What every entry asks first, read for the whole batch at once.
      List<OptionalLong> stored = store.indexesOf(ids);
      view.expectSpellings(names, store.spellings(names));
      view.expectAbsent(absent(submissions, stored));
      for (int i = 0; i < submissions.size(); i++) {
        Prepared p = submissions.get(i);
        Submission s = p.submission();
        Done earlier = inBatch.get(s.id());
        if (earlier != null) {
          outcomes.add(
              new Done(s.id(), earlier.index(), earlier.leaf(), earlier.leafHash(), false));
          continue;
        }
        Optional<Done> existing = existing(s.id(), stored.get(i));
        if (existing.isPresent()) {
          outcomes.add(existing.get());
          continue;
        }
        IntegratedTime time = next(lastTime);
        byte[] leaf;
        Accepted accepted;
        try {
          leaf = Records.leafFor(p.leaf(), index, time, prev);
          accepted = Rules.check(overlay, index, s, p.signerKeyIds());
        } catch (RejectedException e) {
          outcomes.add(new Refused(e));
          continue;
        }
        overlay.apply(accepted);
        byte[] leafHash = p.leaf().leafHash(leaf);
        hashes.addAll(StoredHashes.forRecordHash(index, leafHash, hashes));
        Bytes leafHashBytes = Bytes.copyOf(leafHash);
        Bytes leafBytes = Bytes.copyOf(leaf);
        entries.add(new StoredEntry(index, p.id(), leafBytes, leafHashBytes,
            p.facts().of(accepted.info().namespace())));
        Done appended = new Done(s.id(), index, leafBytes, leafHashBytes, true);
        inBatch.put(s.id(), appended);
        outcomes.add(appended);
        index++;
        prev = leafHashBytes;
        lastTime = Optional.of(time);
      }
      if (entries.isEmpty()) {
        return new BatchPlan(Optional.empty(), state, outcomes);
      }
      Bytes root = Bytes.copyOf(TreeHashes.treeHash(index, hashes));
      String checkpoint = sign(index, root);
      List<Bytes> added = hashes.added();
      AppendBatch batch =
          new AppendBatch(index, root, checkpoint, entries, state.hashCount(), added);
      TreeState after = new TreeState(
          index, state.hashCount() + added.size(), root, checkpoint, prev, lastTime);
      return new BatchPlan(Optional.of(batch), after, outcomes);
    } catch (HashReadException e) {
      throw new StoreException("stored hashes unreadable: " + e.getMessage(), e);
    } catch (StoreLedgerView.StoreFailure e) {
      throw e.getCause();
    } finally {
      view.expectSpellings(List.of(), List.of());
      view.expectAbsent(Set.of());
    }
  }

  /** The ids the store does not hold, as {@code stored} (read for {@code submissions}) says. */
  private static Set<String> absent(List<Prepared> submissions, List<OptionalLong> stored) {
    Set<String> absent = new HashSet<>(2 * submissions.size());
    for (int i = 0; i < submissions.size(); i++) {
      if (stored.get(i).isEmpty()) {
        absent.add(submissions.get(i).submission().id());
      }
    }
    return absent;
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

  /** The entry already at {@code index}, read for the retry's answer. */
  private Optional<Done> existing(String id, OptionalLong index) throws StoreException {
    if (index.isEmpty()) {
      return Optional.empty();
    }
    Bytes leaf = store.leaf(index.getAsLong()).orElseThrow(
        () -> new StoreException("entry " + id + " indexed at " + index.getAsLong()
            + " has no leaf"));
    Bytes leafHash = Bytes.copyOf(Merkle.leafHash(leaf.toByteArray()));
    return Optional.of(new Done(id, index.getAsLong(), leaf, leafHash, false));
  }

  /** The clock's time, but never before the last entry's (DESIGN A3: never decreasing). */
  private IntegratedTime next(Optional<IntegratedTime> last) {
    IntegratedTime now = IntegratedTime.of(clock.instant());
    return last.isPresent() && now.compareTo(last.get()) < 0 ? last.get() : now;
  }
}
