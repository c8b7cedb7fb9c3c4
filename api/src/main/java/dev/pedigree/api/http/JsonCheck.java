package dev.pedigree.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;

/**
 * Whether bytes are exactly one JSON value, read token by token with the configured mapper's own
 * parser (same encodings, limits, duplicate-member detection) but without building a tree.
 *
 * <p>{@code true} means the mapper's {@code readTree} reads the bytes without an error: it reads
 * the same tokens, strings are decoded here as there, and turning the number tokens into numbers
 * cannot fail once they have been read. {@code false} promises nothing either way: the caller
 * parses the tree, whose outcome (or error) is then the answer.
 */
final class JsonCheck {
  private JsonCheck() {}

  static boolean isOneValue(byte[] bytes) {
    try (JsonParser parser = Json.mapper().getFactory().createParser(bytes)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      int depth = 0;
      do {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          // Decoded in full, as the tree would: checks every character and the length limit.
          case VALUE_STRING -> parser.getTextLength();
          default -> { }
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
      } while (token != null);
      return depth == 0 && parser.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
