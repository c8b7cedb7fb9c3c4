package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What offline verification cannot prove (DESIGN A7), said in every report. */
final class NotChecked {
  static final String LATER = "later-revocations";
  static final String FRESHNESS = "freshness";
  static final String SHARED_VIEW = "shared-view";
  static final String OWNERSHIP = "namespace-ownership";
  static final String REFERENCES = "references";

  private NotChecked() {}

  /** The checks a bundle cannot settle, for the entry under that checkpoint. */
  static List<Check> forBundle(Checkpoint checkpoint, TrustPolicy trust, ProvenEntry entry) {
    String size = Long.toUnsignedString(checkpoint.size());
    List<Check> checks = new ArrayList<>();
    checks.add(
        Check.notChecked(
            LATER,
            "no revocation or key removal beyond what the bundle holds, nor after tree size "
                + size
                + ", can be ruled out offline"));
    checks.addAll(forCheckpoint(checkpoint, trust));
    checks.add(
        Check.notChecked(
            OWNERSHIP,
            "who controls a namespace: binding is first come, first served (DESIGN A5)"));
    references(entry.submission().statement().predicate())
        .ifPresent(r -> checks.add(Check.notChecked(REFERENCES, r)));
    return checks;
  }

  /** Freshness and a shared view: what a checkpoint alone never says. */
  static List<Check> forCheckpoint(Checkpoint checkpoint, TrustPolicy trust) {
    List<Check> checks = new ArrayList<>();
    checks.add(
        Check.notChecked(
            FRESHNESS,
            "a checkpoint carries no time: how recent tree size "
                + Long.toUnsignedString(checkpoint.size())
                + " is cannot be known offline"));
    if (TrustPolicy.NONE.equals(trust.quorum())) {
      checks.add(
          Check.notChecked(
              SHARED_VIEW,
              "the trust policy asks no witness (quorum none): that others see the same tree"
                  + " is not proven"));
    } else {
      checks.add(
          Check.passed(
              SHARED_VIEW, "witness quorum " + trust.quorum() + " cosigned the checkpoint"));
    }
    return checks;
  }

  private static Optional<String> references(Predicate predicate) {
    if (predicate instanceof ModelPredicate model && !model.parents().isEmpty()) {
      return Optional.of(
          "parents "
              + model.parents().stream().map(Parent::id).map(Object::toString).toList()
              + " are not in a bundle: their existence and their own proofs are not checked");
    }
    if (predicate instanceof Attestation a) {
      return Optional.of(
          "target " + a.target().hex() + " is not in a bundle: its existence is not checked");
    }
    if (predicate instanceof Revocation r) {
      return Optional.of(
          "target "
              + r.target().hex()
              + " is not in a bundle: its existence and its namespace"
              + " are not checked");
    }
    return Optional.empty();
  }
}
