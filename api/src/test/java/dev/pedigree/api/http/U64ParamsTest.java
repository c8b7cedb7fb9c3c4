package dev.pedigree.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class U64ParamsTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "7, 7", "9223372036854775807, 9223372036854775807",
      "18446744073709551615, -1", "00012, 12"})
  void parse_inRange(String text, long expected) {
    assertEquals(expected, U64Params.parse("query parameter index", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"18446744073709551616", "99999999999999999999", "-1", "+1", "1e3",
      "10.0", "", "0x10", "123456789012345678901", "/", ":", "\u0661\u0662"})
  void parse_outOfRange(String text) {
    ProblemException e = assertThrows(ProblemException.class,
        () -> U64Params.parse("query parameter index", text));
    assertEquals(ProblemType.OUT_OF_RANGE.uri(), e.problem().type());
    assertEquals("query parameter index: got \"" + text
        + "\", want an integer in [0, 18446744073709551615]", e.problem().detail());
  }
}
