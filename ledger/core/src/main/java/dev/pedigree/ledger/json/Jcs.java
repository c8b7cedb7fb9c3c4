package dev.pedigree.ledger.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme: the UTF-8 bytes that Pedigree hashes and signs.
 *
 * <p>Writes straight into one growable byte array (not a {@code ByteArrayOutputStream}, whose
 * methods are synchronized) without a String per value. Refuses, with a {@link JsonFormatException}
 * naming the field, what has no canonical form: lone surrogates, NaN and infinities, integers
 * beyond ±(2^53−1) (they would silently round to an IEEE 754 double), and nodes that are not JSON
 * values (binary, POJO, missing).
 */
public final class Jcs {
  /** 2^53−1, the largest integer every JSON reader holds exactly (RFC 7493 §2.2). */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final Map.Entry<?, ?>[] NO_MEMBERS = new Map.Entry<?, ?>[0];

  private byte[] out = new byte[512];
  private int length;
  private final JsonPath path = new JsonPath();

  private Jcs() {}

  /** The RFC 8785 canonical UTF-8 bytes of {@code node}. */
  public static byte[] canonicalize(JsonNode node) throws JsonFormatException {
    Jcs jcs = new Jcs();
    jcs.value(node);
    return Arrays.copyOf(jcs.out, jcs.length);
  }

  /**
   * The RFC 8785 form of one string, quotes included: for writers that put canonical JSON together
   * themselves.
   *
   * @throws JsonFormatException if the string holds a lone surrogate
   */
  public static byte[] quote(String s) throws JsonFormatException {
    Jcs jcs = new Jcs();
    jcs.string(s);
    return Arrays.copyOf(jcs.out, jcs.length);
  }

  private void value(JsonNode node) throws JsonFormatException {
    switch (node.getNodeType()) {
      case OBJECT -> object(node);
      case ARRAY -> array(node);
      case STRING -> string(node.textValue());
      case NUMBER -> number(node);
      case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
      case NULL -> ascii("null");
      default -> throw refused(node.getNodeType() + " node is not a JSON value");
    }
  }

  @SuppressWarnings("unchecked")
  private void object(JsonNode node) throws JsonFormatException {
    Map.Entry<String, JsonNode>[] members =
        (Map.Entry<String, JsonNode>[]) node.properties().toArray(NO_MEMBERS);
    // RFC 8785 §3.2.3: members sorted by their names as arrays of UTF-16 code units, which is
    // exactly String.compareTo.
    if (!isSorted(members)) {
      Arrays.sort(members, Map.Entry.comparingByKey());
    }
    put('{');
    for (int i = 0; i < members.length; i++) {
      if (i > 0) {
        put(',');
      }
      String name = members[i].getKey();
      path.push(name);
      string(name);
      put(':');
      value(members[i].getValue());
      path.pop();
    }
    put('}');
  }

  private static boolean isSorted(Map.Entry<String, JsonNode>[] members) {
    for (int i = 1; i < members.length; i++) {
      if (members[i - 1].getKey().compareTo(members[i].getKey()) > 0) {
        return false;
      }
    }
    return true;
  }

  private void array(JsonNode node) throws JsonFormatException {
    put('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        put(',');
      }
      path.push(i);
      value(node.get(i));
      path.pop();
    }
    put(']');
  }

  private void number(JsonNode node) throws JsonFormatException {
    if (node.isIntegralNumber()) {
      long v = node.longValue();
      if (!node.canConvertToLong() || v > MAX_SAFE_INTEGER || v < -MAX_SAFE_INTEGER) {
        throw refused("integer " + node.bigIntegerValue() + " is beyond ±(2^53−1)");
      }
      integer(v);
      return;
    }
    // RFC 8785 §3.2.2.3: every other number is an IEEE 754 double, printed as ECMAScript does.
    double d = node.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw refused("number " + node.asText() + " is not a finite double");
    }
    if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER) {
      integer((long) d); // what ECMAScript prints for an integral double; -0 becomes 0
    } else {
      ascii(EcmaScriptNumbers.toString(d));
    }
  }

  private void integer(long v) {
    ensure(20);
    if (v < 0) {
      out[length++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      out[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
  }

  /** RFC 8785 §3.2.2.2 and ECMA-262 QuoteJSONString, encoded as UTF-8. */
  private void string(String s) throws JsonFormatException {
    int n = s.length();
    ensure(n * 3 + 2); // a UTF-16 unit takes at most 3 bytes of UTF-8; a pair takes 4 for 2
    out[length++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        if (c == '"' || c == '\\') {
          out[length++] = '\\'; // 2 bytes for 1 unit: within the 3 per unit ensured above
        }
        out[length++] = (byte) c;
      } else if (c < 0x20) {
        control(c, n - i);
      } else if (c < 0x800) {
        out[length++] = (byte) (0xc0 | c >> 6);
        out[length++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        out[length++] = (byte) (0xe0 | c >> 12);
        out[length++] = (byte) (0x80 | c >> 6 & 0x3f);
        out[length++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out[length++] = (byte) (0xf0 | cp >> 18);
        out[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
        out[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[length++] = (byte) (0x80 | cp & 0x3f);
      } else {
        throw refused(
            String.format("lone surrogate U+%04X at UTF-16 index %d of a string", (int) c, i));
      }
    }
    out[length++] = '"';
  }

  private void control(char c, int remaining) {
    ensure(6 + remaining * 3);
    out[length++] = '\\';
    switch (c) {
      case '\b' -> out[length++] = 'b';
      case '\t' -> out[length++] = 't';
      case '\n' -> out[length++] = 'n';
      case '\f' -> out[length++] = 'f';
      case '\r' -> out[length++] = 'r';
      default -> {
        out[length++] = 'u';
        out[length++] = '0';
        out[length++] = '0';
        out[length++] = HEX[c >> 4];
        out[length++] = HEX[c & 0xf];
      }
    }
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      out[length++] = (byte) s.charAt(i);
    }
  }

  private void put(char c) {
    ensure(1);
    out[length++] = (byte) c;
  }

  private void ensure(int more) {
    if (length + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
  }

  private JsonFormatException refused(String message) {
    return new JsonFormatException(message, path.pointer());
  }
}
