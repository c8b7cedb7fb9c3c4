package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.INVALID_STATEMENT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;
import static dev.pedigree.ledger.intake.Rejection.UNKNOWN_TARGET;

import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's rules (DESIGN A3, A5), written once: given the entries before {@code index}, accept
 * an entry or refuse it. The sequencer, {@code verify} and {@code audit} all decide with this.
 * Pure: no I/O, no clock; the same view and submission give the same answer.
 */
public final class Rules {
  private Rules() {}

  /** {@link #check(LedgerView, long, Submission, List)} with the envelope's own signers. */
  public static Accepted check(LedgerView view, long index, Submission submission)
      throws RejectedException {
    return check(view, index, submission, submission.signerKeyIds());
  }

  /**
   * Decides the entry at {@code index}. The signatures must have been verified already ({@link
   * Submission#verifySignatures} with {@link LedgerView#keyLookup()}); this decides whether the
   * keys that made them may sign here. The caller answers a retry (an id already in the view)
   * before calling.
   *
   * @param signerKeyIds the keyids of the verified signatures
   * @return the entry's effects, for the view to {@code apply}
   * @throws RejectedException with the first rule broken: pointers go into the statement, or into
   *     the envelope ({@code /signatures...}) for who signed
   * @throws IllegalArgumentException if the id is in the view already or the index is negative
   */
  public static Accepted check(
      LedgerView view, long index, Submission submission, List<String> signerKeyIds)
      throws RejectedException {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
    view.entry(submission.id())
        .ifPresent(
            e -> {
              throw new IllegalArgumentException(
                  "entry " + e.id() + " is at index " + e.index() + " already: a retry");
            });
    Signers.requireEachBound(view, index, submission.statement(), signerKeyIds);
    Predicate predicate = submission.statement().predicate();
    if (predicate instanceof KeyChange change) {
      KeyHistory history = KeyRules.check(view, index, submission.id(), change, signerKeyIds);
      return accepted(submission, index, history.folded(), signerKeyIds, Optional.of(history));
    }
    String namespace;
    String field;
    if (predicate instanceof ModelPredicate model) {
      ModelRules.check(view, model);
      namespace = model.model().name().namespace().value();
      field = "/predicate/model/name";
    } else if (predicate instanceof Attestation attestation) {
      target(view, attestation.target().hex());
      namespace = attestation.attester().value();
      field = "/predicate/attester";
    } else {
      EntryInfo target = revocationTarget(view, (Revocation) predicate);
      Optional<KeyHistory> history = view.keyHistory(target.namespace());
      Signers.requireNamespace(
          history, target.namespace(), index, signerKeyIds, "a revocation of " + target.id());
      return accepted(submission, index, target.namespace(), signerKeyIds, Optional.empty());
    }
    String folded = new Namespace(namespace).folded();
    Optional<KeyHistory> history = view.keyHistory(folded);
    if (history.isPresent() && !history.get().namespace().equals(namespace)) {
      throw new RejectedException(
          NAME_TAKEN,
          field,
          "got namespace " + namespace + ", want its first spelling " + history.get().namespace());
    }
    Signers.requireNamespace(
        history, namespace, index, signerKeyIds, article(predicate.kind()) + " entry");
    return accepted(submission, index, folded, signerKeyIds, Optional.empty());
  }

  private static String article(Kind kind) {
    return (kind == Kind.ATTESTATION ? "an " : "a ") + kind.wireName();
  }

  private static EntryInfo target(LedgerView view, String id) throws RejectedException {
    return view.entry(id)
        .orElseThrow(
            () ->
                new RejectedException(
                    UNKNOWN_TARGET, "/predicate/target", "no entry " + id + " in the ledger"));
  }

  /** DESIGN A5: a revocation withdraws or flags a model entry or an attestation. */
  private static EntryInfo revocationTarget(LedgerView view, Revocation revocation)
      throws RejectedException {
    EntryInfo target = target(view, revocation.target().hex());
    if (!target.kind().isModel() && target.kind() != Kind.ATTESTATION) {
      throw new RejectedException(
          INVALID_STATEMENT,
          "/predicate/target",
          "entry " + target.id() + " is a " + target.kind().wireName()
              + " entry, want a model entry or an attestation");
    }
    return target;
  }

  private static Accepted accepted(
      Submission submission,
      long index,
      String namespace,
      List<String> signerKeyIds,
      Optional<KeyHistory> history) {
    EntryInfo info =
        EntryInfo.of(submission.id(), index, submission.statement(), namespace, signerKeyIds);
    return new Accepted(info, history);
  }
}
