package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.chain.LeafPrefix;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.Submission;
import java.util.List;
import java.util.Objects;

/**
 * A verified submission with what the sequencer needs of it that does not depend on the entry's
 * place in the log: its id's bytes, its signers, the start of its leaf bytes already hashed, and
 * its facts but the namespace. {@link Sequencer#submit} works it out on the submitter's thread (the
 * verification pool, in parallel), so that the single writer's thread only does what depends on
 * the index and on the entries before it.
 */
record Prepared(
    Submission submission, Bytes id, List<String> signerKeyIds, LeafPrefix leaf,
    Facts.Draft facts) {
  Prepared {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(facts, "facts");
    if (!leaf.envelope().equals(submission.envelope())) {
      throw new IllegalArgumentException("leaf prefix of another envelope than the submission's");
    }
    signerKeyIds = List.copyOf(signerKeyIds);
  }

  /** Works out what {@code submission} is, wherever it goes in the log. */
  static Prepared of(Submission submission) {
    List<String> signers = submission.signerKeyIds();
    return new Prepared(
        submission,
        Bytes.fromHex(submission.id()),
        signers,
        LeafPrefix.of(submission.envelope()),
        Facts.draft(submission.statement(), signers));
  }
}
