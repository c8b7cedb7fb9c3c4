package dev.pedigree.ledger.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads JSON that is hashed or signed, as DESIGN A1 requires: strict UTF-8 without a BOM, one
 * value, no duplicate member names, no lone surrogates, ASCII member names, numbers that are
 * integers in [0, 2^53−1], nesting at most {@link #MAX_DEPTH} deep.
 *
 * <p>Callers bound the input's size first (a record is at most 65,535 bytes, DESIGN A3): reading
 * costs time and memory linear in it.
 */
public final class StrictJson {
  /** The deepest nesting of objects and arrays read; Pedigree's statements need about 5. */
  public static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // A backstop only: the reader below counts depth itself, before it recurses.
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
          .build();

  private StrictJson() {}

  /** Parses {@code bytes} under DESIGN A1's rules. */
  public static JsonNode parse(byte[] bytes) throws MalformedJsonException {
    Utf8Check.check(bytes);
    JsonNode canonical = CanonicalReader.read(bytes);
    return canonical != null ? canonical : parseChecked(bytes);
  }

  /**
   * {@link #parse} with Jackson, token by token, of bytes that passed {@link Utf8Check} already:
   * what every input {@link CanonicalReader} does not take goes through.
   */
  static JsonNode parseChecked(byte[] bytes) throws MalformedJsonException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedJsonException("no JSON value: the input is empty or only whitespace");
      }
      JsonNode root = new StrictReader(parser).value(first);
      int end = (int) parser.currentLocation().getByteOffset();
      for (int i = end; i < bytes.length; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\n' && bytes[i] != '\r') {
          throw new MalformedJsonException(
              "trailing content at offset " + i + " after the JSON value");
        }
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException(
          "invalid JSON at offset "
              + e.getLocation().getByteOffset()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array", e); // cannot happen: no I/O
    }
  }

  /**
   * Parses {@code bytes} as {@link #parse} does and requires them to be the RFC 8785 canonical form
   * of what they hold (DESIGN A1: accepted only if bytes = JCS(parse(bytes))).
   *
   * @throws MalformedJsonException if {@link #parse} refuses them
   * @throws NonCanonicalJsonException if they are valid but not canonical
   */
  public static JsonNode parseCanonical(byte[] bytes) throws JsonFormatException {
    Utf8Check.check(bytes);
    JsonNode fast = CanonicalReader.read(bytes);
    if (fast != null) {
      return fast; // read in one pass, and canonical: no need to write it out and compare
    }
    JsonNode node = parseChecked(bytes);
    byte[] canonical = Jcs.canonicalize(node);
    int at = Arrays.mismatch(bytes, canonical);
    if (at >= 0) {
      throw new NonCanonicalJsonException(
          "not in RFC 8785 canonical form: first difference at offset "
              + at
              + ", got "
              + describe(bytes, at)
              + ", want "
              + describe(canonical, at));
    }
    return node;
  }

  private static String describe(byte[] b, int at) {
    if (at >= b.length) {
      return "the end";
    }
    int c = b[at] & 0xff;
    return c > 0x20 && c < 0x7f
        ? String.format("'%c' (0x%02x)", (char) c, c)
        : String.format("0x%02x", c);
  }
}
