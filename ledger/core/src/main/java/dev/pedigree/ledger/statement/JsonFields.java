package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shape checks on a JSON tree, failing with the RFC 6901 pointer of the node at fault. */
final class JsonFields {
  private JsonFields() {}

  /** The pointer of a member: {@code ~} and {@code /} escaped as RFC 6901 §3 requires. */
  static String child(String pointer, String member) {
    return pointer + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  static String index(String pointer, int i) {
    return pointer + "/" + i;
  }

  /** What a node is, for "got X" in a message: a quoted string, or its JSON type. */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return Quote.of(node.textValue());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return node.toString();
  }

  static ObjectNode object(JsonNode node, String pointer) throws StatementException {
    if (!node.isObject()) {
      throw new StatementException(pointer, "got " + describe(node) + ", want an object");
    }
    return (ObjectNode) node;
  }

  static String text(JsonNode node, String pointer) throws StatementException {
    if (!node.isTextual()) {
      throw new StatementException(pointer, "got " + describe(node) + ", want a string");
    }
    return node.textValue();
  }

  /**
   * An array of at most {@code max} elements, checked before anything is built from it: a record
   * is at most 65,535 bytes (DESIGN A3), so a longer array can only be an attack.
   */
  static ArrayNode array(JsonNode node, String pointer, int max) throws StatementException {
    if (!node.isArray()) {
      throw new StatementException(pointer, "got " + describe(node) + ", want an array");
    }
    if (node.size() > max) {
      throw new StatementException(
          pointer, "got " + node.size() + " elements, want at most " + max);
    }
    return (ArrayNode) node;
  }
}
