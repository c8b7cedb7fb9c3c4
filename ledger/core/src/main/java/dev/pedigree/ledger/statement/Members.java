package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The members of one JSON object of a statement, read with errors at their pointers. Unknown
 * members are refused when it is made (DESIGN A4), so no member is ever silently ignored.
 */
final class Members {
  /** A value type's checked factory. */
  interface Factory<T> {
    T of(String text) throws StatementException;
  }

  private final ObjectNode node;
  private final String pointer;

  private Members(ObjectNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  /** Reads an object holding every required member, some optional ones, and nothing else. */
  static Members of(JsonNode node, String pointer, List<String> required, List<String> optional)
      throws StatementException {
    ObjectNode object = JsonFields.object(node, pointer);
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!required.contains(name) && !optional.contains(name)) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        throw new StatementException(
            JsonFields.child(pointer, name),
            "got unknown member " + Quote.of(name) + ", want only " + String.join(", ", known));
      }
    }
    for (String name : required) {
      if (!object.has(name)) {
        throw new StatementException(
            JsonFields.child(pointer, name), "got no member " + Quote.of(name) + ", want one");
      }
    }
    return new Members(object, pointer);
  }

  String at(String member) {
    return JsonFields.child(pointer, member);
  }

  boolean has(String member) {
    return node.has(member);
  }

  JsonNode get(String member) {
    return node.get(member);
  }

  String text(String member) throws StatementException {
    JsonNode value = node.get(member);
    // The pointer is built only for the message: most members are fine.
    return value.isTextual() ? value.textValue() : JsonFields.text(value, at(member));
  }

  Optional<String> optionalText(String member) throws StatementException {
    return has(member) ? Optional.of(text(member)) : Optional.empty();
  }

  ObjectNode object(String member) throws StatementException {
    JsonNode value = node.get(member);
    return value.isObject() ? (ObjectNode) value : JsonFields.object(value, at(member));
  }

  ArrayNode array(String member, int max) throws StatementException {
    JsonNode value = node.get(member);
    return value.isArray() && value.size() <= max
        ? (ArrayNode) value
        : JsonFields.array(value, at(member), max);
  }

  /** A string member made into a value, the factory's error placed at the member. */
  <T> T value(String member, Factory<T> factory) throws StatementException {
    String text = text(member);
    try {
      return factory.of(text);
    } catch (StatementException e) {
      throw e.under(at(member));
    }
  }

  <T> Optional<T> optionalValue(String member, Factory<T> factory) throws StatementException {
    return has(member) ? Optional.of(value(member, factory)) : Optional.empty();
  }

  /** A list of strings, e.g. tags. */
  Optional<List<String>> optionalTexts(String member, int max) throws StatementException {
    if (!has(member)) {
      return Optional.empty();
    }
    ArrayNode array = array(member, max);
    List<String> texts = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      texts.add(JsonFields.text(array.get(i), JsonFields.index(at(member), i)));
    }
    return Optional.of(texts);
  }
}
