package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {
  private static byte[] fixture(String name) throws IOException, URISyntaxException {
    return Files.readAllBytes(Path.of(StrictJsonTest.class.getResource("strict/" + name).toURI()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          error_bom.json                         | byte order mark at offset 0: JSON text must not start with one |
          error_utf8_bad_continuation.json       | invalid UTF-8 at offset 6 (byte 0xc3) |
          error_utf8_overlong.json               | invalid UTF-8 at offset 6 (byte 0xc0) |
          error_utf8_encoded_surrogate.json      | invalid UTF-8 at offset 6 (byte 0xed) |
          error_utf8_above_10ffff.json           | invalid UTF-8 at offset 6 (byte 0xf4) |
          error_utf8_truncated.json              | invalid UTF-8 at offset 6 (byte 0xe2) |
          error_utf16.json                       | control byte 0x00 at offset 0: JSON allows it only escaped |
          error_raw_control_char.json            | control byte 0x01 at offset 6: JSON allows it only escaped |
          error_empty.json                       | no JSON value: the input is empty or only whitespace |
          error_only_whitespace.json             | no JSON value: the input is empty or only whitespace |
          error_trailing_content.json            | trailing content at offset 3 after the JSON value |
          error_second_value.json                | trailing content at offset 2 after the JSON value |
          error_comment.json                     | trailing content at offset 3 after the JSON value |
          error_lone_high_surrogate_escaped.json | string has a lone surrogate U+D800 (at "/a") | /a
          error_lone_low_surrogate_escaped.json  | string has a lone surrogate U+DC00 (at "/a/1") | /a/1
          error_surrogates_reversed.json         | string has a lone surrogate U+DE00 (at "/a") | /a
          error_duplicate_name.json              | duplicate member name (at "/a") | /a
          error_duplicate_name_nested.json       | duplicate member name (at "/x/0/b") | /x/0/b
          error_duplicate_name_after_escape.json | duplicate member name (at "/a") | /a
          error_non_ascii_name.json              | member name has non-ASCII U+00E9 (at "/é") | /é
          error_fraction.json                    | number 1.0 is not an integer: want an integer in [0, 2^53−1] (at "/n") | /n
          error_exponent.json                    | number 1e2 is not an integer: want an integer in [0, 2^53−1] (at "/n") | /n
          error_negative.json                    | number -1 is negative: want an integer in [0, 2^53−1] (at "/n") | /n
          error_negative_zero.json               | number -0 is negative: want an integer in [0, 2^53−1] (at "/n") | /n
          error_beyond_2_53.json                 | number 9007199254740992 is beyond 2^53−1: want an integer in [0, 2^53−1] (at "/n") | /n
          error_huge_integer.json                | number 123456789012345678901234567890 is beyond 2^53−1: want an integer in [0, 2^53−1] (at "/n") | /n
          error_pointer_escaped.json             | number 1.5 is not an integer: want an integer in [0, 2^53−1] (at "/a~1b/~0c") | /a~1b/~0c
          """)
  void parse_refused(String file, String message, String field) throws Exception {
    MalformedJsonException e =
        assertThrows(MalformedJsonException.class, () -> StrictJson.parse(fixture(file)));
    assertEquals(message, e.getMessage());
    assertEquals(Optional.ofNullable(field), e.field());
  }

  /** Grammar errors found by the JSON parser itself: the message names the offset. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "error_not_json.json, invalid JSON at offset 5: ",
    "error_single_quotes.json, invalid JSON at offset 1: ",
    "error_trailing_comma.json, invalid JSON at offset 3: ",
    "error_leading_zero.json, invalid JSON at offset 6: ",
  })
  void parse_invalidJson_refusedWithOffset(String file, String prefix) throws Exception {
    MalformedJsonException e =
        assertThrows(MalformedJsonException.class, () -> StrictJson.parse(fixture(file)));
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertEquals(Optional.empty(), e.field());
  }

  @Test
  void parse_tooDeep_refusedBeforeRecursing() throws Exception {
    MalformedJsonException e =
        assertThrows(
            MalformedJsonException.class, () -> StrictJson.parse(fixture("error_too_deep.json")));
    String pointer = "/0".repeat(StrictJson.MAX_DEPTH);
    assertEquals("nesting deeper than 64 (at \"" + pointer + "\")", e.getMessage());
    assertEquals(Optional.of(pointer), e.field());
  }

  @Test
  void parse_veryDeep_refusedWithoutStackOverflow() {
    byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    assertThrows(MalformedJsonException.class, () -> StrictJson.parse(deep));
  }

  @Test
  void parse_64Deep_accepted() throws Exception {
    JsonNode node = StrictJson.parse(fixture("ok_64_deep.json"));
    assertEquals("[".repeat(64) + "]".repeat(64), node.toString());
  }

  @Test
  void parse_maxSafeInteger_exact() throws Exception {
    JsonNode n = StrictJson.parse(fixture("ok_max_safe_integer.json")).get("n");
    assertTrue(n.isIntegralNumber());
    assertEquals(9007199254740991L, n.longValue());
  }

  @Test
  void parse_whitespaceAndEscapes_decoded() throws Exception {
    JsonNode node = StrictJson.parse(fixture("ok_whitespace.json"));
    assertEquals("€é\ud83d\ude00", node.get("a").textValue());
    assertEquals(3, node.get("b").size());
    assertEquals(1L, node.get("b").get(0).longValue());
  }

  @Test
  void parse_scalarRoot_accepted() throws Exception {
    assertEquals(0L, StrictJson.parse("0".getBytes(StandardCharsets.US_ASCII)).longValue());
    assertEquals("x", StrictJson.parse("\"x\"".getBytes(StandardCharsets.US_ASCII)).textValue());
  }

  @Test
  void parse_rawLineSeparator_accepted() throws Exception {
    byte[] bytes = "[\"\u2028\u2029\"]".getBytes(StandardCharsets.UTF_8);
    assertEquals("\u2028\u2029", StrictJson.parse(bytes).get(0).textValue());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [ 1]                    | first difference at offset 1, got 0x20, want '1' (0x31)
          {"b":1,"a":2}           | first difference at offset 2, got 'b' (0x62), want 'a' (0x61)
          {"a": 1}                | first difference at offset 5, got 0x20, want '1' (0x31)
          ["\\u0041"]             | first difference at offset 2, got '\\' (0x5c), want 'A' (0x41)
          ["\\/"]                 | first difference at offset 2, got '\\' (0x5c), want '/' (0x2f)
          """)
  void parseCanonical_nonCanonical_refused(String json, String difference) {
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    NonCanonicalJsonException e =
        assertThrows(NonCanonicalJsonException.class, () -> StrictJson.parseCanonical(input));
    assertEquals("not in RFC 8785 canonical form: " + difference, e.getMessage());
  }

  @Test
  void parseCanonical_trailingNewline_refused() {
    byte[] bytes = "{\"a\":1}\n".getBytes(StandardCharsets.US_ASCII);
    NonCanonicalJsonException e =
        assertThrows(NonCanonicalJsonException.class, () -> StrictJson.parseCanonical(bytes));
    assertEquals(
        "not in RFC 8785 canonical form: first difference at offset 7, got 0x0a, want the end",
        e.getMessage());
  }

  @Test
  void parseCanonical_malformed_refusedAsMalformed() {
    byte[] bytes = "{\"a\":1,\"a\":1}".getBytes(StandardCharsets.US_ASCII);
    assertThrows(MalformedJsonException.class, () -> StrictJson.parseCanonical(bytes));
  }

  @Test
  void parseCanonical_canonical_accepted() throws Exception {
    String json = "{\"a\":[0,9007199254740991,\"\\u001f\\n\"],\"b\":{}}";
    byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
    JsonNode node = StrictJson.parseCanonical(bytes);
    assertArrayEquals(bytes, Jcs.canonicalize(node));
  }
}
