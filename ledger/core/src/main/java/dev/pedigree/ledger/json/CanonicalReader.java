package dev.pedigree.ledger.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Reads, in one pass over the bytes, JSON that is already the RFC 8785 form of what it holds and
 * obeys every rule of {@link StrictJson}: the common case of a signed payload or a normalised
 * envelope. It answers {@code null} for anything else, at the first byte that is not what JCS
 * would have written, and the caller then goes the long way (parse, canonicalise, compare), which
 * names the problem. What it accepts, the long way accepts too, with the same tree: it recognises
 * a subset of the long way's language, never more.
 *
 * <p>The input must have passed {@link Utf8Check} (well-formed UTF-8, no BOM, no raw control
 * byte but tab, LF and CR): strings are then decoded without further checks, and hold no lone
 * surrogate since the only escapes JCS writes are for {@code "}, {@code \} and controls.
 */
final class CanonicalReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** 2^53−1 has 16 digits (RFC 8785 §3.2.2.3: integers print as plain digits). */
  private static final int MAX_SAFE_DIGITS = 16;
  /** Longer names go the long way, whose Jackson parser has its own bound on them. */
  private static final int MAX_NAME_LENGTH = 1_024;

  /** Thrown, without a stack trace, at the first byte JCS would not have written. */
  private static final class NotCanonical extends Exception {
    private static final long serialVersionUID = 1L;

    NotCanonical() {
      super(null, null, false, false);
    }
  }

  private static final NotCanonical NOT_CANONICAL = new NotCanonical();

  private final byte[] b;
  private int at;
  private int depth;

  private CanonicalReader(byte[] bytes) {
    this.b = bytes;
  }

  /**
   * The tree of {@code bytes} when they are exactly its RFC 8785 form and obey DESIGN A1, else
   * {@code null}. {@code bytes} must have passed {@link Utf8Check#check}.
   */
  static JsonNode read(byte[] bytes) {
    CanonicalReader reader = new CanonicalReader(bytes);
    try {
      JsonNode node = reader.value();
      return reader.at == bytes.length ? node : null;
    } catch (NotCanonical | ArrayIndexOutOfBoundsException e) {
      return null; // running off the end is truncated input: the long way says what is wrong
    }
  }

  private JsonNode value() throws NotCanonical {
    return switch (b[at]) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> NODES.textNode(string());
      case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> NODES.numberNode(integer());
      case 't' -> literal("true", NODES.booleanNode(true));
      case 'f' -> literal("false", NODES.booleanNode(false));
      case 'n' -> literal("null", NODES.nullNode());
      default -> throw NOT_CANONICAL;
    };
  }

  private ObjectNode object() throws NotCanonical {
    enter();
    ObjectNode object = NODES.objectNode();
    at++;
    if (b[at] == '}') {
      at++;
      depth--;
      return object;
    }
    String previous = null;
    while (true) {
      if (b[at] != '"') {
        throw NOT_CANONICAL;
      }
      String name = string();
      if (name.length() > MAX_NAME_LENGTH) {
        throw NOT_CANONICAL;
      }
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) >= 0x80) {
          throw NOT_CANONICAL; // DESIGN A1: member names are ASCII
        }
      }
      // RFC 8785 §3.2.3: names in ascending order of UTF-16 units; equal would be a duplicate.
      if (previous != null && previous.compareTo(name) >= 0) {
        throw NOT_CANONICAL;
      }
      previous = name;
      expect(':');
      object.set(name, value());
      if (b[at] == '}') {
        at++;
        depth--;
        return object;
      }
      expect(',');
    }
  }

  private ArrayNode array() throws NotCanonical {
    enter();
    ArrayNode array = NODES.arrayNode();
    at++;
    if (b[at] == ']') {
      at++;
      depth--;
      return array;
    }
    while (true) {
      array.add(value());
      if (b[at] == ']') {
        at++;
        depth--;
        return array;
      }
      expect(',');
    }
  }

  /** As {@link StrictReader}'s bound: an object or array nested deeper goes the long way. */
  private void enter() throws NotCanonical {
    if (++depth > StrictJson.MAX_DEPTH) {
      throw NOT_CANONICAL;
    }
  }

  private void expect(char c) throws NotCanonical {
    if (b[at] != c) {
      throw NOT_CANONICAL;
    }
    at++;
  }

  private JsonNode literal(String word, JsonNode node) throws NotCanonical {
    for (int i = 0; i < word.length(); i++) {
      if (b[at + i] != word.charAt(i)) {
        throw NOT_CANONICAL;
      }
    }
    at += word.length();
    return node;
  }

  /** An integer in [0, 2^53−1] as JCS prints it: no sign, no leading zero, no fraction. */
  private long integer() throws NotCanonical {
    if (b[at] == '0') {
      at++;
      return 0; // "01", "0.5" or "0e1" leave a digit, '.' or 'e' that no caller accepts next
    }
    long value = 0;
    int start = at;
    while (at < b.length && b[at] >= '0' && b[at] <= '9') {
      if (at - start == MAX_SAFE_DIGITS) {
        throw NOT_CANONICAL;
      }
      value = value * 10 + (b[at] - '0');
      at++;
    }
    if (value > Jcs.MAX_SAFE_INTEGER) {
      throw NOT_CANONICAL;
    }
    return value;
  }

  /** A string, {@code at} on its opening quote, escaped exactly as RFC 8785 §3.2.2.2 escapes. */
  private String string() throws NotCanonical {
    int start = ++at;
    boolean ascii = true;
    while (true) {
      int c = b[at] & 0xff;
      if (c == '"') {
        String s = new String(b, start, at - start,
            ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        at++;
        return s;
      }
      if (c == '\\') {
        return escaped(start);
      }
      if (c < 0x20) {
        throw NOT_CANONICAL; // a raw control: not JSON
      }
      ascii &= c < 0x80;
      at++;
    }
  }

  /** The rest of a string from its first escape at {@code at}, the text before it plain. */
  private String escaped(int start) throws NotCanonical {
    StringBuilder s = new StringBuilder(new String(b, start, at - start, StandardCharsets.UTF_8));
    while (true) {
      int c = b[at] & 0xff;
      if (c == '"') {
        at++;
        return s.toString();
      }
      if (c < 0x20) {
        throw NOT_CANONICAL;
      }
      if (c != '\\') {
        int run = at;
        while (b[at] != '"' && b[at] != '\\' && (b[at] & 0xff) >= 0x20) {
          at++;
        }
        s.append(new String(b, run, at - run, StandardCharsets.UTF_8));
        continue;
      }
      s.append(escape(b[at + 1]));
    }
  }

  /** The character of the escape at {@code at} (moving past it), if JCS would write it so. */
  private char escape(byte kind) throws NotCanonical {
    at += 2;
    switch (kind) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case 'u':
        break;
      default:
        throw NOT_CANONICAL; // "\/" for one: JCS writes '/' as it is
    }
    // JCS writes backslash-u-0-0 and two lowercase hex digits for the controls without a short
    // form, and no other backslash-u escape.
    if (b[at] != '0' || b[at + 1] != '0') {
      throw NOT_CANONICAL;
    }
    int high = b[at + 2] - '0';
    int low = hexDigit(b[at + 3]);
    if (high < 0 || high > 1 || low < 0) {
      throw NOT_CANONICAL;
    }
    char c = (char) (high << 4 | low);
    if (c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
      throw NOT_CANONICAL;
    }
    at += 4;
    return c;
  }

  private static int hexDigit(byte d) {
    if (d >= '0' && d <= '9') {
      return d - '0';
    }
    return d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
  }
}
