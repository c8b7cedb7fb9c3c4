package dev.pedigree.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTypeTest {

  // DESIGN A8, copied by hand: the enum must not drift from the contract.
  @ParameterizedTest
  @CsvSource({
      "malformed-json, 400", "non-canonical, 400", "bad-base64, 400", "bad-payload-type, 400",
      "invalid-statement, 400", "out-of-range, 400", "unauthorized, 401", "key-not-bound, 403",
      "not-found, 404", "name-taken, 409", "key-state-conflict, 409", "too-large, 413",
      "bad-signature, 422", "unknown-parent, 422", "unknown-target, 422"})
  void slug_hasDesignStatusAndUri(String slug, int status) {
    ProblemType type = Arrays.stream(ProblemType.values())
        .filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    assertEquals(status, type.status());
    assertEquals("https://pedigree.dev/problems/" + slug, type.uri().toString());
  }

  @Test
  void values_exactlyTheDesignSet() {
    assertEquals(15, ProblemType.values().length);
  }

  @Test
  void encode_membersInOrderWithField() {
    Problem problem = Problem.of(ProblemType.INVALID_STATEMENT, "name is empty",
        "/predicate/model/name");
    assertEquals("{\"type\":\"https://pedigree.dev/problems/invalid-statement\","
        + "\"title\":\"Invalid statement\",\"status\":400,\"detail\":\"name is empty\","
        + "\"field\":\"/predicate/model/name\"}",
        new String(Problems.encode(problem), StandardCharsets.UTF_8));
  }

  @Test
  void encode_withoutField_omitsIt() {
    assertEquals("{\"type\":\"https://pedigree.dev/problems/not-found\",\"title\":\"Not found\","
        + "\"status\":404,\"detail\":\"x\"}",
        new String(Problems.encode(Problem.of(ProblemType.NOT_FOUND, "x")),
            StandardCharsets.UTF_8));
  }
}
