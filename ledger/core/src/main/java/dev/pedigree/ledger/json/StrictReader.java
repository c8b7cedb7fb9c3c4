package dev.pedigree.ledger.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Builds a tree from a token stream, refusing what DESIGN A1 refuses, with the field at fault. */
final class StrictReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_SAFE_DIGITS = 16; // 2^53−1 = 9007199254740991

  private final JsonParser parser;
  private final JsonPath path = new JsonPath();

  StrictReader(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads the value that starts with {@code token}. */
  JsonNode value(JsonToken token) throws IOException, MalformedJsonException {
    return switch (token) {
      case START_OBJECT -> object();
      case START_ARRAY -> array();
      case VALUE_STRING -> NODES.textNode(string());
      case VALUE_NUMBER_INT -> NODES.numberNode(integer());
      case VALUE_NUMBER_FLOAT ->
          throw refused(
              "number " + parser.getText() + " is not an integer: want an integer in [0, 2^53−1]");
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw refused("unexpected " + token);
    };
  }

  private ObjectNode object() throws IOException, MalformedJsonException {
    checkDepth();
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      path.push(name);
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) >= 0x80) {
          throw refused(String.format("member name has non-ASCII U+%04X", (int) name.charAt(i)));
        }
      }
      if (object.has(name)) {
        throw refused("duplicate member name");
      }
      object.set(name, value(parser.nextToken()));
      path.pop();
    }
    return object;
  }

  private ArrayNode array() throws IOException, MalformedJsonException {
    checkDepth();
    ArrayNode array = NODES.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      path.push(array.size());
      array.add(value(t));
      path.pop();
    }
    return array;
  }

  /** Bounds nesting before recursing, so that deep input cannot exhaust the stack. */
  private void checkDepth() throws MalformedJsonException {
    if (parser.getParsingContext().getNestingDepth() > StrictJson.MAX_DEPTH) {
      throw refused("nesting deeper than " + StrictJson.MAX_DEPTH);
    }
  }

  private String string() throws IOException, MalformedJsonException {
    String s = parser.getText();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw refused(String.format("string has a lone surrogate U+%04X", (int) c));
      }
    }
    return s;
  }

  private long integer() throws IOException, MalformedJsonException {
    String text = parser.getText();
    if (text.charAt(0) == '-') {
      throw refused("number " + text + " is negative: want an integer in [0, 2^53−1]");
    }
    long value = text.length() <= MAX_SAFE_DIGITS ? Long.parseLong(text) : Long.MAX_VALUE;
    if (value > Jcs.MAX_SAFE_INTEGER) {
      throw refused("number " + text + " is beyond 2^53−1: want an integer in [0, 2^53−1]");
    }
    return value;
  }

  private MalformedJsonException refused(String message) {
    return new MalformedJsonException(message, path.pointer());
  }
}
