package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {
  /** RFC 6901 §3 escaping; "~1" must not be read back as "/" twice, so '~' is escaped first. */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                | predicate | /predicate
          /predicate        | model     | /predicate/model
          ''                | a/b       | /a~1b
          ''                | m~n       | /m~0n
          ''                | ~1        | /~01
          ''                | ''        | /
          /subject          | é         | /subject/é
          """)
  void append_token(String base, String token, String want) {
    assertEquals(want, JsonPointers.append(base, token));
  }

  @Test
  void append_index() {
    assertEquals("/subject/0", JsonPointers.append("/subject", 0));
    assertEquals("/12", JsonPointers.append(JsonPointers.ROOT, 12));
    assertThrows(IllegalArgumentException.class, () -> JsonPointers.append("", -1));
  }
}
