package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional members of a model predicate (DESIGN A5): {@code modelCard}, {@code description},
 * {@code tags}, and {@code training}, a free-form object (datasets, compute, method).
 */
public record ModelDetails(
    Optional<String> modelCard,
    Optional<String> description,
    Optional<List<String>> tags,
    Optional<ObjectNode> training) {
  public static final ModelDetails NONE =
      new ModelDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ModelDetails {
    Objects.requireNonNull(modelCard, "modelCard");
    Objects.requireNonNull(description, "description");
    tags = tags.map(List::copyOf);
    training = training.map(ObjectNode::deepCopy);
  }

  /** A copy of the training object: the record stays immutable. */
  @Override
  public Optional<ObjectNode> training() {
    return training.map(ObjectNode::deepCopy);
  }

  /** Writes the members that are present into a predicate object. */
  void writeTo(ObjectNode predicate) {
    modelCard.ifPresent(v -> predicate.put("modelCard", v));
    description.ifPresent(v -> predicate.put("description", v));
    tags.ifPresent(
        list -> {
          ArrayNode array = predicate.putArray("tags");
          list.forEach(array::add);
        });
    training.ifPresent(t -> predicate.set("training", t.deepCopy()));
  }
}
