package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A different model made from parents (DESIGN A5 {@code derivation}): at least one parent, each
 * once, none {@code new-version}; a merge is all merge, of two parents or more.
 */
public record Derivation(
    ModelRef model,
    Digest manifestDigest,
    License license,
    List<Parent> parents,
    ModelDetails details)
    implements ModelPredicate {
  /** Bounds the list before anything is built from it: a record is at most 65,535 bytes. */
  public static final int MAX_PARENTS = 4096;

  /** The relations a derivation may name, in the order DESIGN A5 lists them. */
  public static final List<Relation> RELATIONS =
      List.of(
          Relation.FINETUNE, Relation.ADAPTER, Relation.QUANTIZED, Relation.MERGE,
          Relation.DISTILL, Relation.PRUNE, Relation.CONVERT, Relation.OTHER);

  public Derivation {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(manifestDigest, "manifestDigest");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(details, "details");
    List<Parent> copy = List.copyOf(parents);
    Invariant.require(() -> checkParents(copy));
    parents = copy;
  }

  public static Derivation of(
      ModelRef model,
      Digest manifestDigest,
      License license,
      List<Parent> parents,
      ModelDetails details)
      throws StatementException {
    checkParents(parents);
    return new Derivation(model, manifestDigest, license, parents, details);
  }

  /** Checks the parents; pointers are relative to the predicate. */
  static void checkParents(List<Parent> parents) throws StatementException {
    if (parents.isEmpty() || parents.size() > MAX_PARENTS) {
      throw new StatementException(
          "/parents", "got " + parents.size() + " parents, want 1 to " + MAX_PARENTS);
    }
    Map<EntryId, Integer> seen = new HashMap<>();
    for (int i = 0; i < parents.size(); i++) {
      Parent parent = parents.get(i);
      Integer before = seen.putIfAbsent(parent.id(), i);
      if (before != null) {
        throw new StatementException(
            "/parents/" + i + "/id",
            "got " + parent.id() + " again, want each parent once (first at /parents/" + before
                + ")");
      }
      if (!RELATIONS.contains(parent.relation())) {
        throw new StatementException(
            "/parents/" + i + "/relation",
            "got " + Quote.of(parent.relation().wireName()) + ", want one of "
                + String.join(", ", RELATIONS.stream().map(Relation::wireName).toList()));
      }
    }
    checkMerge(parents);
  }

  /** If any relation is merge, all are, and there are at least two parents (DESIGN A5). */
  private static void checkMerge(List<Parent> parents) throws StatementException {
    int merges = (int) parents.stream().filter(p -> p.relation() == Relation.MERGE).count();
    if (merges == 0) {
      return;
    }
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).relation() != Relation.MERGE) {
        throw new StatementException(
            "/parents/" + i + "/relation",
            "got " + Quote.of(parents.get(i).relation().wireName())
                + ", want \"merge\" as every relation once one is");
      }
    }
    if (parents.size() < 2) {
      throw new StatementException(
          "/parents", "got a merge of " + parents.size() + " parent, want at least 2");
    }
  }

  @Override
  public Kind kind() {
    return Kind.DERIVATION;
  }

  @Override
  public ObjectNode toJson() {
    return ModelJson.of(this);
  }
}
