package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass reader of canonical JSON against the long way (Jackson, then JCS and a
 * comparison): it takes only what the long way accepts as canonical, and builds the same tree.
 */
class CanonicalReaderTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every golden statement, envelope and leaf: canonical, so read in one pass. */
  private static List<byte[]> golden() throws Exception {
    Path dir = Path.of(CanonicalReaderTest.class.getResource("/testdata/golden/entries").toURI());
    List<byte[]> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        all.add(Files.readAllBytes(file));
      }
    }
    return all;
  }

  @Test
  void read_goldenEntries_sameTreeAsTheLongWay() throws Exception {
    List<byte[]> golden = golden();
    assertTrue(golden.size() >= 27, "golden files: " + golden.size());
    for (byte[] bytes : golden) {
      JsonNode fast = CanonicalReader.read(bytes);
      assertNotNull(fast, new String(bytes, StandardCharsets.UTF_8));
      assertEquals(StrictJson.parseChecked(bytes), fast);
      assertArrayEquals(bytes, Jcs.canonicalize(fast));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "0",
        "9007199254740991",
        "\"\"",
        "true",
        "null",
        "[false,[[]],{}]",
        "{\"\":1,\"A\":2,\"a\":3,\"b\":[\"x\"]}",
        "\"\\u0000\\u001f\\b\\t\\n\\f\\r\\\"\\\\\"",
        "\"\u007f\u00e9\u20ac\ud83d\ude00/<>\"",
        "{\"a\\\"b\":\"\\\\\",\"a\\\\b\":1}"
      })
  void read_canonical_sameTreeAsTheLongWay(String text) throws Exception {
    byte[] bytes = utf8(text);
    JsonNode fast = CanonicalReader.read(bytes);
    assertNotNull(fast);
    assertEquals(StrictJson.parseChecked(bytes), fast);
    assertArrayEquals(bytes, Jcs.canonicalize(fast));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " {}",
        "{} ",
        "{ }",
        "{\"a\": 1}",
        "{\"b\":1,\"a\":2}",
        "{\"a\":1,\"a\":1}",
        "{\"a\":1,}",
        "[1,]",
        "[1 ]",
        "{\"\u00e9\":1}",
        "\"\\/\"",
        "\"\\u0041\"",
        "\"\\u001F\"",
        "\"\\u000a\"",
        "\"\\u0009\"",
        "\"\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"\\x\"",
        "\"abc",
        "\"\t\"",
        "01",
        "00",
        "-1",
        "-0",
        "1.0",
        "0.5",
        "1e2",
        "0e1",
        "9007199254740992",
        "12345678901234567",
        "tru",
        "truex",
        "nul",
        "[",
        "{",
        "{\"a\"",
        "{\"a\":",
        "[1",
        "{\"a\" :1}"
      })
  void read_notCanonical_leftToTheLongWay(String text) {
    assertNull(CanonicalReader.read(utf8(text)));
  }

  @Test
  void read_deepNesting_boundAsTheStrictReader() throws Exception {
    byte[] deepest = utf8("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH));
    assertNotNull(CanonicalReader.read(deepest));
    int over = StrictJson.MAX_DEPTH + 1;
    assertNull(CanonicalReader.read(utf8("[".repeat(over) + "]".repeat(over))));
  }

  @Test
  void read_longName_leftToTheLongWay() {
    assertNull(CanonicalReader.read(utf8("{\"" + "a".repeat(1_025) + "\":1}")));
    assertNotNull(CanonicalReader.read(utf8("{\"" + "a".repeat(1_024) + "\":1}")));
  }

  /** Random trees written by JCS: the reader takes each, and gives the tree back. */
  @Test
  void read_randomCanonicalTrees_roundTrip() throws Exception {
    Random random = new Random(8785);
    for (int round = 0; round < 2_000; round++) {
      JsonNode tree = randomValue(random, 0);
      byte[] bytes = Jcs.canonicalize(tree);
      JsonNode fast = CanonicalReader.read(bytes);
      assertNotNull(fast, new String(bytes, StandardCharsets.UTF_8));
      assertEquals(StrictJson.parseChecked(bytes), fast);
      assertArrayEquals(bytes, Jcs.canonicalize(fast));
    }
  }

  /**
   * Mutated golden files: whenever the reader takes one, the long way accepts it as canonical with
   * the same tree; and the reader takes every mutant the long way accepts (none is beyond its
   * bounds).
   */
  @Test
  void read_mutatedGolden_agreesWithTheLongWay() throws Exception {
    byte[] interesting = utf8("\"\\{}[],:-.e09u /n\t");
    List<byte[]> golden = golden();
    Random random = new Random(6962);
    int taken = 0;
    int refused = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = golden.get(random.nextInt(golden.size())).clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        bytes[random.nextInt(bytes.length)] = interesting[random.nextInt(interesting.length)];
      }
      JsonNode longWay = longWay(bytes);
      JsonNode fast = CanonicalReader.read(bytes);
      assertEquals(longWay, fast, new String(bytes, StandardCharsets.UTF_8));
      if (fast != null) {
        taken++;
      } else {
        refused++;
      }
    }
    assertTrue(taken > 100 && refused > 100, "taken " + taken + ", refused " + refused);
  }

  /** What {@link StrictJson#parseCanonical} accepts without the reader, or null. */
  private static JsonNode longWay(byte[] bytes) throws JsonFormatException {
    JsonNode node;
    try {
      Utf8Check.check(bytes);
      node = StrictJson.parseChecked(bytes);
    } catch (MalformedJsonException e) {
      return null;
    }
    byte[] canonical;
    try {
      canonical = Jcs.canonicalize(node);
    } catch (JsonFormatException e) {
      return null;
    }
    return java.util.Arrays.equals(bytes, canonical) ? node : null;
  }

  private static JsonNode randomValue(Random random, int depth) {
    int pick = random.nextInt(depth > 4 ? 4 : 6);
    return switch (pick) {
      case 0 -> NODES.textNode(randomString(random, 12));
      case 1 -> NODES.numberNode(random.nextInt(3) == 0
          ? random.nextInt(10) : random.nextLong() >>> 11);
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(random, depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(5); i > 0; i--) {
          object.set(randomName(random), randomValue(random, depth + 1));
        }
        yield object;
      }
    };
  }

  private static String randomName(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      s.append((char) (random.nextInt(0x80)));
    }
    return s.toString();
  }

  private static String randomString(Random random, int max) {
    String alphabet = "aZ09 \"\\/\u0000\u0001\b\t\n\f\r\u001f\u007f\u00e9\u2014\ud83d\ude00";
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(max); i > 0; i--) {
      int at = random.nextInt(alphabet.length() - 1);
      char c = alphabet.charAt(at);
      s.append(c);
      if (Character.isHighSurrogate(c)) {
        s.append(alphabet.charAt(at + 1));
      }
    }
    return s.toString();
  }
}
