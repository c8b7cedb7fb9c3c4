package dev.pedigree.ledger.json;

import java.util.Arrays;

/**
 * The member names and indexes leading to the value being read or written, so that an error can
 * name its field as a JSON Pointer without building one for every value that is fine.
 */
final class JsonPath {
  private Object[] tokens = new Object[16];
  private int depth;

  void push(String name) {
    grow();
    tokens[depth++] = name;
  }

  void push(int index) {
    grow();
    tokens[depth++] = index;
  }

  void pop() {
    tokens[--depth] = null;
  }

  int depth() {
    return depth;
  }

  /** The RFC 6901 pointer to the current value. */
  String pointer() {
    String pointer = JsonPointers.ROOT;
    for (int i = 0; i < depth; i++) {
      pointer =
          tokens[i] instanceof Integer index
              ? JsonPointers.append(pointer, index)
              : JsonPointers.append(pointer, (String) tokens[i]);
    }
    return pointer;
  }

  private void grow() {
    if (depth == tokens.length) {
      tokens = Arrays.copyOf(tokens, depth * 2);
    }
  }
}
