package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Statement;
import java.util.List;
import java.util.Objects;

/**
 * What the rules keep of an accepted entry: enough to decide later entries and what they affect,
 * not the files nor the free-form fields.
 *
 * @param namespace the folded signing namespace: the model's, the attester's, the key entry's, or
 *     for a revocation the namespace of its target, which must own it
 * @param model the model version, null unless a model kind
 * @param target the entry id an attestation or revocation is about, else null
 * @param parents the parent ids of a model entry, in the statement's order; empty otherwise
 * @param signerKeyIds the keyids that signed, ascending
 * @param revocation the revocation's reason and severity, null unless a revocation
 */
public record EntryInfo(
    String id,
    long index,
    Kind kind,
    String namespace,
    ModelRef model,
    String target,
    List<String> parents,
    List<String> signerKeyIds,
    Revocation revocation) {
  public EntryInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    parents = List.copyOf(parents);
    signerKeyIds = List.copyOf(signerKeyIds);
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
    if (kind.isModel() != (model != null)) {
      throw new IllegalArgumentException(kind + " entry with model " + model);
    }
    if ((kind == Kind.REVOCATION) != (revocation != null)) {
      throw new IllegalArgumentException(kind + " entry with revocation " + revocation);
    }
  }

  /** The facts of an entry holding {@code statement}, signed in {@code namespace}. */
  public static EntryInfo of(
      String id, long index, Statement statement, String namespace, List<String> signerKeyIds) {
    Predicate p = statement.predicate();
    ModelRef model = p instanceof ModelPredicate m ? m.model() : null;
    List<String> parents =
        p instanceof ModelPredicate m
            ? m.parents().stream().map(Parent::id).map(Object::toString).toList()
            : List.of();
    Revocation revocation = p instanceof Revocation r ? r : null;
    String target = null;
    if (p instanceof Attestation a) {
      target = a.target().hex();
    } else if (revocation != null) {
      target = revocation.target().hex();
    }
    return new EntryInfo(
        id, index, p.kind(), namespace, model, target, parents, signerKeyIds, revocation);
  }
}
