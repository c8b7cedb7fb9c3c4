package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A new version of a model (DESIGN A5 {@code modification}): exactly one parent, by relation
 * {@code new-version}, so the record holds only the parent's id.
 */
public record Modification(
    ModelRef model, Digest manifestDigest, License license, EntryId parent, ModelDetails details)
    implements ModelPredicate {
  public Modification {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(manifestDigest, "manifestDigest");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(details, "details");
  }

  @Override
  public Kind kind() {
    return Kind.MODIFICATION;
  }

  /** The one parent, {@code new-version}. */
  @Override
  public List<Parent> parents() {
    return List.of(new Parent(parent, Relation.NEW_VERSION));
  }

  @Override
  public ObjectNode toJson() {
    return ModelJson.of(this);
  }
}
