package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.ChainVerifier;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.rules.MemoryLedgerView;
import dev.pedigree.ledger.rules.Rules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Audits a whole export against a checkpoint, streaming from index 0: the hash chain, every entry
 * re-read as a submission, its signatures against the keys ever bound and the ledger's rules at its
 * index (over a view whose memory grows with the ids seen), and the Merkle root computed in O(log
 * n) memory compared with the checkpoint's at its size. The first bad index is reported with the
 * reason, and nothing after it is checked. Leaves past the checkpoint's size are not covered by it:
 * they are counted, not audited, and reported {@code not checked}. Push leaves with {@link
 * #accept}, then {@link #finish}. Not thread-safe.
 *
 * <p>By default a pool of {@code availableProcessors()} workers parses, hashes and verifies the
 * signatures of up to {@link LeafPipeline#WINDOW} leaves ahead of the one thread that decides in
 * index order (chain link, the rules, the root), on the thread that calls {@link #accept}: the
 * report is the same as the sequential audit's, but a bad leaf is found a window later.
 */
public final class ExportAuditor {
  public static final String CHAIN = "chain";
  public static final String ENTRIES = "entries";
  public static final String ROOT = "root";
  public static final String LENGTH = "export-length";

  private final Checkpoint checkpoint;
  private final TrustPolicy trust;
  private final LongConsumer progress;
  private final List<Check> checks = new ArrayList<>();
  private final ChainVerifier chain = ChainVerifier.fromGenesis();
  // The sequential audit, the reference, replays over the rules' own view; the pipelined one over
  // a compact view, since it must hold a whole log.
  private final MemoryLedgerView view = new MemoryLedgerView();
  private final AuditLedgerView rows = new AuditLedgerView();
  private final ChainVerifier link = ChainVerifier.fromGenesis();
  private final KeyCache keys = new KeyCache();
  private final LeafPipeline pipeline;
  private final MerkleFrontier frontier = new MerkleFrontier();
  private long received;
  private long firstBad = -1;
  private boolean finished;

  private ExportAuditor(
      Checkpoint checkpoint, TrustPolicy trust, LongConsumer progress, int workers) {
    this.checkpoint = checkpoint;
    this.trust = trust;
    this.progress = progress;
    this.pipeline = workers == 0 ? null : new LeafPipeline(workers, keys, this::decide);
  }

  /**
   * An auditor of the export against {@code signedCheckpoint} opened under {@code trust}.
   *
   * @param progress told the number of leaves audited so far, after each one
   * @throws CheckpointException when the checkpoint does not open under the policy: nothing can be
   *     audited against it
   */
  public static ExportAuditor start(
      String signedCheckpoint, TrustPolicy trust, LongConsumer progress)
      throws CheckpointException {
    return start(
        signedCheckpoint, trust, progress, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@link #start(String, TrustPolicy, LongConsumer)} with {@code workers} threads preparing leaves
   * ahead; 0 audits each leaf wholly on the calling thread, as one sequential pass.
   *
   * @throws IllegalArgumentException if {@code workers} is negative
   */
  public static ExportAuditor start(
      String signedCheckpoint, TrustPolicy trust, LongConsumer progress, int workers)
      throws CheckpointException {
    if (workers < 0) {
      throw new IllegalArgumentException("workers " + workers + ", want at least 0");
    }
    Checkpoint checkpoint = trust.verify(signedCheckpoint);
    ExportAuditor auditor =
        new ExportAuditor(checkpoint, trust, Objects.requireNonNull(progress), workers);
    auditor.checks.add(
        Check.passed(
            BundleVerifier.CHECKPOINT,
            "origin "
                + checkpoint.origin()
                + ", size "
                + Long.toUnsignedString(checkpoint.size())
                + ", root "
                + checkpoint.root().hex()
                + ", signed under the trust policy"));
    return auditor;
  }

  /** Audits every leaf of {@code leaves} in order (index 0 first), then finishes. */
  public static Report audit(
      Iterator<byte[]> leaves, String signedCheckpoint, TrustPolicy trust, LongConsumer progress)
      throws CheckpointException {
    ExportAuditor auditor = start(signedCheckpoint, trust, progress);
    while (leaves.hasNext()) {
      auditor.accept(leaves.next());
    }
    return auditor.finish();
  }

  /**
   * Audits the next leaf (its exact bytes, without the export's newline). A worker may read the
   * array after this returns: the caller must not change it.
   */
  public void accept(byte[] leaf) {
    if (finished) {
      throw new IllegalStateException("audit finished");
    }
    long index = received++;
    if (firstBad >= 0 || Long.compareUnsigned(index, checkpoint.size()) >= 0) {
      return;
    }
    if (pipeline != null) {
      pipeline.submit(index, leaf);
      if (firstBad >= 0) {
        pipeline.stop();
      }
      return;
    }
    ChainRecord record;
    try {
      record = chain.accept(leaf);
    } catch (ChainException e) {
      fail(CHAIN, e.index(), e.getMessage());
      return;
    }
    try {
      Submission s = Leaves.submission(record);
      var earlier = view.entry(s.id());
      if (earlier.isPresent()) {
        fail(
            ENTRIES,
            index,
            "entry " + s.id() + " is at index " + earlier.get().index() + " already");
        return;
      }
      s.verifySignatures(view.keyLookup());
      view.apply(Rules.check(view, index, s));
    } catch (RejectedException e) {
      fail(ENTRIES, index, "record " + index + ": " + Leaves.describe(e));
      return;
    }
    frontier.append(Merkle.leafHash(leaf));
    progress.accept(frontier.size());
  }

  /** The in-order stage: what needs the entries before, for a leaf prepared by a worker. */
  private void decide(PreparedLeaf leaf) {
    if (firstBad >= 0) {
      return;
    }
    long index = leaf.index();
    try {
      if (leaf.chainError() != null) {
        throw leaf.chainError();
      }
      link.accept(leaf.record(), leaf.leafHash());
    } catch (ChainException e) {
      fail(CHAIN, e.index(), e.getMessage());
      return;
    }
    try {
      if (leaf.rejection() != null) {
        throw leaf.rejection();
      }
      Submission s = leaf.submission();
      var earlier = rows.entry(s.id());
      if (earlier.isPresent()) {
        fail(
            ENTRIES,
            index,
            "entry " + s.id() + " is at index " + earlier.get().index() + " already");
        return;
      }
      InOrderSignatures.verify(leaf, rows.keyLookup(), keys);
      rows.apply(Rules.check(rows, index, s));
    } catch (RejectedException e) {
      fail(ENTRIES, index, "record " + index + ": " + Leaves.describe(e));
      return;
    }
    frontier.append(leaf.leafHash().toByteArray());
    progress.accept(frontier.size());
  }

  private void fail(String name, long index, String detail) {
    firstBad = index;
    checks.add(Check.failed(name, detail));
  }

  /**
   * The index of the first bad leaf, if one was found: so far, while leaves are in flight; for
   * certain after {@link #awaitFirstBadIndex} or {@link #finish}.
   */
  public OptionalLong firstBadIndex() {
    return firstBad < 0 ? OptionalLong.empty() : OptionalLong.of(firstBad);
  }

  /**
   * Waits until every leaf accepted so far is decided, then returns the index of the first bad
   * one, if any: what a caller that stops reading the export early must know before {@link
   * #finish}.
   */
  public OptionalLong awaitFirstBadIndex() {
    if (pipeline != null && !finished) {
      pipeline.drain();
    }
    return firstBadIndex();
  }

  /** The report: every check made, and what an export and a checkpoint cannot prove. */
  public Report finish() {
    if (!finished) {
      finished = true;
      if (pipeline != null) {
        pipeline.drain();
        pipeline.stop();
      }
      conclude();
    }
    return new Report(checks);
  }

  private void conclude() {
    String size = Long.toUnsignedString(checkpoint.size());
    if (firstBad < 0) {
      long n = frontier.size();
      if (Long.compareUnsigned(n, checkpoint.size()) < 0) {
        fail(LENGTH, n, "export ends after " + n + " leaves, the checkpoint has " + size);
      } else {
        checks.add(Check.passed(CHAIN, n + " records link from index 0"));
        checks.add(
            Check.passed(
                ENTRIES,
                n + " entries: signatures and the ledger's rules hold at each" + " index"));
        if (frontier.root().equals(checkpoint.root())) {
          checks.add(
              Check.passed(
                  ROOT,
                  "root of the " + n + " leaves is the checkpoint's, " + checkpoint.root().hex()));
        } else {
          checks.add(
              Check.failed(
                  ROOT,
                  "root of the "
                      + n
                      + " leaves is "
                      + frontier.root().hex()
                      + ", checkpoint says "
                      + checkpoint.root().hex()));
        }
      }
    }
    if (Long.compareUnsigned(received, checkpoint.size()) > 0) {
      checks.add(
          Check.notChecked(
              LENGTH,
              Long.toUnsignedString(received - checkpoint.size())
                  + " leaves past the checkpoint's size "
                  + size
                  + " are not covered by it and were not audited"));
    }
    checks.add(
        Check.notChecked(
            NotChecked.LATER,
            "entries after tree size " + size + " are not covered by the checkpoint"));
    checks.addAll(NotChecked.forCheckpoint(checkpoint, trust));
  }
}
