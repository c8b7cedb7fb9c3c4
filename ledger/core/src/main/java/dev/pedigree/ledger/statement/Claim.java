package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an attestation claims (DESIGN A5): a free-form object whose {@code type} is a non-empty
 * string, e.g. {@code {"type": "evaluation", "benchmark": "mmlu", "scorePermille": 612}}.
 */
public record Claim(ObjectNode json) {
  public Claim {
    ObjectNode copy = json.deepCopy();
    Invariant.require(() -> check(copy));
    json = copy;
  }

  public static Claim of(ObjectNode json) throws StatementException {
    check(json);
    return new Claim(json);
  }

  private static void check(ObjectNode json) throws StatementException {
    JsonNode type = json.get("type");
    if (type == null) {
      throw new StatementException(
          "/type", "got no member \"type\", want a string naming the claim");
    }
    if (!type.isTextual() || type.textValue().isEmpty()) {
      throw new StatementException(
          "/type", "got " + JsonFields.describe(type) + ", want a non-empty string");
    }
  }

  /** The claim's type, e.g. {@code evaluation}. */
  public String type() {
    return json.get("type").textValue();
  }

  /** A copy of the whole claim object. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }
}
