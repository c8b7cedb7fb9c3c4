package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.merkle.InclusionProofs;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.MerkleVerificationException;
import dev.pedigree.ledger.statement.ModelPredicate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies an entry's bundle offline (DESIGN A7): the checkpoint under the trust policy, that every
 * proof embeds it byte for byte, every inclusion proof, record index = proof index, the key
 * histories replayed through the ledger's rules, the entry's signatures, its revocations and
 * compromised signing keys, then the files of a directory. The report ends with what offline
 * verification cannot prove. It fails closed: a revoked entry or one signed by a key later removed
 * as compromised fails the report unless {@link Options#allowRevoked()}.
 */
public final class BundleVerifier {
  public static final String CHECKPOINT = "checkpoint";
  public static final String SAME_CHECKPOINT = "same-checkpoint";
  public static final String INCLUSION = "inclusion ";
  public static final String RECORD = "record ";

  /** How to verify: whether a revoked or compromised-signed entry may pass, how to hash files. */
  public record Options(boolean allowRevoked, HashOptions hashOptions) {
    public Options {
      Objects.requireNonNull(hashOptions, "hashOptions");
    }

    /** Fails closed; hashes with the defaults. */
    public static Options defaults() {
      return new Options(false, HashOptions.defaults());
    }

    public Options withAllowRevoked(boolean allow) {
      return new Options(allow, hashOptions);
    }
  }

  private BundleVerifier() {}

  /**
   * Every check of the bundle, and of {@code dir} against the entry's files when given. Checks stop
   * at the first failure that later checks would build on (the checkpoint, a proof, a record, the
   * key history); the report is failed then.
   *
   * @throws InterruptedException when interrupted while hashing the directory
   */
  public static Report verify(Bundle bundle, TrustPolicy trust, Optional<Path> dir, Options options)
      throws InterruptedException {
    List<Check> checks = new ArrayList<>();
    Optional<Checkpoint> checkpoint = checkpoint(bundle, trust, checks);
    if (checkpoint.isEmpty()) {
      return new Report(checks);
    }
    List<ProvenEntry> proven = new ArrayList<>();
    if (!prove(bundle, checkpoint.get(), checks, proven)) {
      return new Report(checks);
    }
    ProvenEntry entry = proven.get(0);
    if (!BundleReplay.replay(proven, options.allowRevoked(), checks)) {
      return new Report(checks);
    }
    if (dir.isPresent()) {
      if (entry.submission().statement().predicate() instanceof ModelPredicate) {
        checks.addAll(
            DirectoryVerifier.verify(
                entry.submission().statement(), dir.get(), options.hashOptions()));
      } else {
        checks.add(
            Check.failed(
                DirectoryVerifier.DIRECTORY,
                "a "
                    + entry.submission().statement().kind().wireName()
                    + " entry names no files to check a directory against"));
      }
    }
    checks.addAll(NotChecked.forBundle(checkpoint.get(), trust, entry));
    return new Report(checks);
  }

  /** The entry proof's checkpoint opened under the policy, then every other proof's compared. */
  private static Optional<Checkpoint> checkpoint(
      Bundle bundle, TrustPolicy trust, List<Check> checks) {
    String note = bundle.entry().proof().checkpoint();
    Checkpoint checkpoint;
    try {
      checkpoint = trust.verify(note);
    } catch (CheckpointException e) {
      checks.add(Check.failed(CHECKPOINT, e.getMessage()));
      return Optional.empty();
    }
    checks.add(
        Check.passed(
            CHECKPOINT,
            "origin "
                + checkpoint.origin()
                + ", size "
                + Long.toUnsignedString(checkpoint.size())
                + ", root "
                + checkpoint.root().hex()
                + ", signed under the trust policy"));
    List<String> differing = new ArrayList<>();
    forEachItem(
        bundle,
        (label, item) -> {
          if (!item.proof().checkpoint().equals(note)) {
            differing.add(label);
          }
        });
    if (!differing.isEmpty()) {
      checks.add(
          Check.failed(
              SAME_CHECKPOINT,
              differing
                  + " embed another checkpoint than the entry's proof (DESIGN A7: one"
                  + " checkpoint, byte for byte)"));
      return Optional.empty();
    }
    checks.add(Check.passed(SAME_CHECKPOINT, "every proof embeds the entry's checkpoint"));
    return Optional.of(checkpoint);
  }

  /** Inclusion of every item, then its record and submission; the entry first in {@code out}. */
  private static boolean prove(
      Bundle bundle, Checkpoint checkpoint, List<Check> checks, List<ProvenEntry> out) {
    List<String> labels = new ArrayList<>();
    List<BundleItem> items = new ArrayList<>();
    forEachItem(
        bundle,
        (label, item) -> {
          labels.add(label);
          items.add(item);
        });
    for (int i = 0; i < items.size(); i++) {
      Optional<ProvenEntry> proven = prove(labels.get(i), items.get(i), checkpoint, checks);
      if (proven.isEmpty()) {
        return false;
      }
      out.add(proven.get());
    }
    return true;
  }

  private static Optional<ProvenEntry> prove(
      String label, BundleItem item, Checkpoint checkpoint, List<Check> checks) {
    long index = item.index();
    byte[] leaf = item.leaf().toByteArray();
    try {
      InclusionProofs.verify(
          index,
          checkpoint.size(),
          Merkle.leafHash(leaf),
          item.proof().hashes().stream().map(Bytes::toByteArray).toList(),
          checkpoint.root().toByteArray());
    } catch (MerkleVerificationException e) {
      checks.add(Check.failed(INCLUSION + label, e.getMessage()));
      return Optional.empty();
    }
    checks.add(
        Check.passed(
            INCLUSION + label,
            "leaf hash "
                + Bytes.copyOf(Merkle.leafHash(leaf)).hex()
                + " at index "
                + Long.toUnsignedString(index)
                + " of tree size "
                + Long.toUnsignedString(checkpoint.size())));
    ProvenEntry proven;
    try {
      ChainRecord record = ChainRecord.parse(index, leaf);
      if (record.index() != index) {
        checks.add(
            Check.failed(
                RECORD + label,
                "record says index "
                    + record.index()
                    + ", proof says index "
                    + Long.toUnsignedString(index)));
        return Optional.empty();
      }
      proven = new ProvenEntry(label, record, Leaves.submission(record));
    } catch (ChainException e) {
      checks.add(Check.failed(RECORD + label, e.getMessage()));
      return Optional.empty();
    } catch (RejectedException e) {
      checks.add(Check.failed(RECORD + label, Leaves.describe(e)));
      return Optional.empty();
    }
    checks.add(
        Check.passed(
            RECORD + label,
            "index "
                + index
                + ", "
                + proven.submission().statement().kind().wireName()
                + " entry "
                + proven.submission().id()
                + ", integrated "
                + proven.record().integratedTime()));
    return Optional.of(proven);
  }

  private interface ItemVisitor {
    void visit(String label, BundleItem item);
  }

  private static void forEachItem(Bundle bundle, ItemVisitor visitor) {
    visitor.visit("entry", bundle.entry());
    for (int i = 0; i < bundle.keys().size(); i++) {
      visitor.visit("keys[" + i + "]", bundle.keys().get(i));
    }
    for (int i = 0; i < bundle.revocations().size(); i++) {
      visitor.visit("revocations[" + i + "]", bundle.revocations().get(i));
    }
  }
}
