package dev.pedigree.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonCheck} against the mapper's {@code readTree}, which {@link JsonBody} used on every
 * body before: whatever the check accepts, the tree parser must read without an error (the other
 * way round the tree parser is asked, so it need not hold). Odd bodies by hand, then random
 * mutations of a real envelope.
 */
class JsonCheckTest {
  private static final String ENVELOPE = "{\"payload\":\"eyJhIjoxfQ\",\"payloadType\":"
      + "\"application/vnd.in-toto+json\",\"signatures\":[{\"keyid\":\"" + "ab".repeat(32)
      + "\",\"sig\":\"" + "A".repeat(86) + "\"}]}";

  static List<String> oddBodies() {
    return List.of(
        ENVELOPE, "{}", "[]", "1", "-0", "1e999999", "12345678901234567890123", "\"x\"", "null",
        "true", "  {}  ", "\n{}\n", "\uFEFF{}", " ", "", "{} {}", "{}x", "{}}", "[]]", "{",
        "[", "{\"a\":", "{\"a\":1,}", "[1,]", "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}",
        "{'a':1}", "{a:1}", "NaN", "01", "1.", ".5", "+1", "\"\\u00\"", "\"\\x\"", "\"a\tb\"",
        "\"\\ud800\"", "/*c*/{}", "{}//c", "[" .repeat(1001) + "]".repeat(1001),
        "[".repeat(999) + "]".repeat(999), "\"" + "x".repeat(100_000) + "\"",
        "[1" + ",1".repeat(10_000) + "]", "1".repeat(1001), "1".repeat(999), "0." + "1".repeat(2000));
  }

  @ParameterizedTest
  @MethodSource("oddBodies")
  void oddBody_acceptedOnlyWhenTheTreeParserReadsIt(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (JsonCheck.isOneValue(bytes)) {
      assertTrue(treeReads(bytes), "accepted, but readTree fails: " + abbreviated(body));
    }
  }

  @Test
  void invalidUtf8InAString_notAccepted() {
    byte[] bytes = {'"', 'a', (byte) 0xc3, '"'};
    assertFalse(JsonCheck.isOneValue(bytes));
    assertFalse(treeReads(bytes));
  }

  @Test
  void wellFormedBodies_accepted() {
    for (String body : List.of(ENVELOPE, "{}", "[]", "1", "\"x\"", "null", " {} ", "\uFEFF{}")) {
      assertTrue(JsonCheck.isOneValue(body.getBytes(StandardCharsets.UTF_8)), body);
    }
  }

  @Test
  void mutatedEnvelopes_acceptedOnlyWhenTheTreeParserReadsThem() {
    byte[] envelope = ENVELOPE.getBytes(StandardCharsets.UTF_8);
    byte[] alphabet = "{}[]\":,\\ \t\nab01-.eE+/\u0000".getBytes(StandardCharsets.UTF_8);
    Random random = new Random(5);
    int accepted = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      byte[] body = envelope.clone();
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(body.length);
        body[at] = random.nextInt(4) == 0
            ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
      }
      boolean check = JsonCheck.isOneValue(body);
      boolean tree = treeReads(body);
      if (check) {
        accepted++;
        if (!tree) {
          wrong.add(abbreviated(new String(body, StandardCharsets.ISO_8859_1)));
        }
      }
    }
    assertEquals(List.of(), wrong);
    // Not vacuous: many mutations (inside the base64 text, say) leave the body JSON.
    assertTrue(accepted > 2_000, "accepted " + accepted);
  }

  private static boolean treeReads(byte[] bytes) {
    try {
      Json.mapper().readTree(bytes);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String abbreviated(String body) {
    return body.length() <= 120 ? body : body.substring(0, 120) + "...";
  }
}
