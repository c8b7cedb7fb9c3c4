package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JcsTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static Path testdata(String path) throws Exception {
    return Path.of(JcsTest.class.getResource("/testdata/" + path).toURI());
  }

  private static String canonical(String json) throws Exception {
    return new String(Jcs.canonicalize(Json.mapper().readTree(json)), StandardCharsets.UTF_8);
  }

  /**
   * The RFC 8785 author's vectors. values.json passes too: its numbers are not integers, but Jcs
   * prints them as ECMAScript does rather than refusing them.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "arrays.json",
        "french.json",
        "structures.json",
        "unicode.json",
        "values.json",
        "weird.json"
      })
  void canonicalize_cyberphoneVectors(String name) throws Exception {
    JsonNode input = Json.mapper().readTree(Files.readAllBytes(testdata("jcs/input/" + name)));
    byte[] want = Files.readAllBytes(testdata("jcs/output/" + name));
    assertArrayEquals(want, Jcs.canonicalize(input));
  }

  @Test
  void canonicalize_rfc8785SortingExample() throws Exception {
    // RFC 8785 §3.2.3: names sorted by UTF-16 code units, so U+1F600 (as D83D DE00) sorts
    // between U+20AC and U+FB33.
    String json =
        "{\"\\u20ac\":\"Euro Sign\",\"\\r"
            + "\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With"
            + " Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning"
            + " Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With"
            + " Diaeresis\"}";
    String want =
        "{\"\\r"
            + "\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small"
            + " Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji:"
            + " Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
    assertEquals(want, canonical(json));
  }

  @Test
  void canonicalize_emptyAndNested() throws Exception {
    assertEquals("{}", canonical(" { } "));
    assertEquals("[]", canonical(" [ ] "));
    assertEquals("[[],{},[{}]]", canonical("[[ ],{ },[{ }]]"));
    assertEquals(
        "{\"a\":{\"b\":[1,{\"c\":null,\"d\":false}]},\"z\":true}",
        canonical("{\"z\":true,\"a\":{\"b\":[1,{\"d\":false,\"c\":null}]}}"));
  }

  @Test
  void canonicalize_escapes() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    String want =
        "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
            + "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
            + "\\u001b\\u001c\\u001d\\u001e\\u001f\"";
    assertEquals(
        want,
        new String(Jcs.canonicalize(NODES.textNode(all.toString())), StandardCharsets.US_ASCII));
    // RFC 8785 §3.2.2.2: only '"', '\' and C0 controls are escaped; '/', DEL, U+2028 and U+2029
    // are written as they are.
    assertEquals(
        "\"\\\"\\\\/\u007f\u2028\u2029</script>\"",
        canonical("\"\\\"\\\\\\/\\u007f\\u2028\\u2029<\\/script>\""));
  }

  @Test
  void canonicalize_utf8Lengths() throws Exception {
    byte[] want = {
      '"',
      'a',
      (byte) 0xc3,
      (byte) 0xa9,
      (byte) 0xe2,
      (byte) 0x82,
      (byte) 0xac,
      (byte) 0xf0,
      (byte) 0x9f,
      (byte) 0x98,
      (byte) 0x80,
      '"'
    };
    assertArrayEquals(want, Jcs.canonicalize(NODES.textNode("aé€\ud83d\ude00")));
  }

  @Test
  void canonicalize_numbers() throws Exception {
    assertEquals(
        "[0,0,56,-7,9007199254740991,-9007199254740991,9007199254740992,1e+30,0.5]",
        canonical(
            "[0,-0.0,56.0,-7,9007199254740991,-9007199254740991,9007199254740992.0,1E30,5e-1]"));
  }

  @Test
  void canonicalize_longString_grows() throws Exception {
    String s = "\u0001é".repeat(10_000);
    String want = "\"" + "\\u0001é".repeat(10_000) + "\"";
    assertEquals(want, new String(Jcs.canonicalize(NODES.textNode(s)), StandardCharsets.UTF_8));
  }

  @Test
  void canonicalize_loneSurrogate_refusedWithField() {
    ObjectNode node = NODES.objectNode();
    node.putArray("a").add("ok").add("x\ud800");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Jcs.canonicalize(node));
    assertEquals(
        "lone surrogate U+D800 at UTF-16 index 1 of a string (at \"/a/1\")", e.getMessage());
    assertEquals(Optional.of("/a/1"), e.field());
  }

  @Test
  void canonicalize_unsafeInteger_refused() {
    ObjectNode node = NODES.objectNode();
    node.put("n", 1L << 53);
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> Jcs.canonicalize(node));
    assertEquals("integer 9007199254740992 is beyond ±(2^53−1) (at \"/n\")", e.getMessage());
    ObjectNode big = NODES.objectNode().put("n", BigInteger.TEN.pow(30));
    assertThrows(JsonFormatException.class, () -> Jcs.canonicalize(big));
    ObjectNode min = NODES.objectNode().put("n", Long.MIN_VALUE);
    assertThrows(JsonFormatException.class, () -> Jcs.canonicalize(min));
  }

  @Test
  void canonicalize_nonFinite_refused() {
    JsonFormatException e =
        assertThrows(
            JsonFormatException.class, () -> Jcs.canonicalize(NODES.numberNode(Double.NaN)));
    assertEquals("number NaN is not a finite double (at \"\")", e.getMessage());
    assertThrows(
        JsonFormatException.class,
        () -> Jcs.canonicalize(NODES.numberNode(Double.POSITIVE_INFINITY)));
  }

  @Test
  void canonicalize_binaryNode_refused() {
    JsonFormatException e =
        assertThrows(
            JsonFormatException.class, () -> Jcs.canonicalize(NODES.binaryNode(new byte[1])));
    assertEquals("BINARY node is not a JSON value (at \"\")", e.getMessage());
  }

  @Test
  void quote_oneString_asCanonicalizeWritesIt() throws Exception {
    String s = "q\" b\\ \u0001\n é \ud83d\ude00";
    assertArrayEquals(Jcs.canonicalize(JsonNodeFactory.instance.textNode(s)), Jcs.quote(s));
    assertThrows(JsonFormatException.class, () -> Jcs.quote("\udc00"));
  }
}
