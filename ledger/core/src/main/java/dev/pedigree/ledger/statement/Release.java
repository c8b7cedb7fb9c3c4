package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/** A new model, its first version (DESIGN A5 {@code release}). */
public record Release(ModelRef model, Digest manifestDigest, License license, ModelDetails details)
    implements ModelPredicate {
  public Release {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(manifestDigest, "manifestDigest");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(details, "details");
  }

  @Override
  public Kind kind() {
    return Kind.RELEASE;
  }

  @Override
  public List<Parent> parents() {
    return List.of();
  }

  @Override
  public ObjectNode toJson() {
    return ModelJson.of(this);
  }
}
