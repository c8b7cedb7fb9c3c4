package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.Objects;

/** A parent of a model entry: {@code {"id": <entry id>, "relation": ...}} (DESIGN A5). */
public record Parent(EntryId id, Relation relation) {
  public Parent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(relation, "relation");
  }

  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("id", id.hex());
    node.put("relation", relation.wireName());
    return node;
  }
}
