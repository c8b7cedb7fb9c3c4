package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;

/** The member layout of a model predicate (DESIGN A5). */
final class ModelJson {
  private ModelJson() {}

  static ObjectNode of(ModelPredicate p) {
    ObjectNode node = Json.mapper().createObjectNode();
    ObjectNode model = node.putObject("model");
    model.put("name", p.model().name().text());
    model.put("version", p.model().version().value());
    node.put("manifestDigest", p.manifestDigest().hex());
    node.set("license", p.license().toJson());
    if (!p.parents().isEmpty()) {
      ArrayNode parents = node.putArray("parents");
      p.parents().forEach(parent -> parents.add(parent.toJson()));
    }
    p.details().writeTo(node);
    return node;
  }
}
