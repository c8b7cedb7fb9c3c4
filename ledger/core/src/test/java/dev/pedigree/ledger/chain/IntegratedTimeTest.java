package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form of DESIGN A3, written digit by digit, is what a formatter of the pattern writes. */
class IntegratedTimeTest {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "1999-12-31T23:59:59.999Z",
      "2000-02-29T12:00:00.001Z", "2026-11-29T20:31:07.123456789Z", "9999-12-31T23:59:59.999Z"})
  void toString_edges_asThePattern(String instant) {
    IntegratedTime time = IntegratedTime.of(Instant.parse(instant));
    assertEquals(PATTERN.format(time.instant()), time.toString());
    assertEquals(time, IntegratedTime.parse(time.toString()));
  }

  @Test
  void toString_randomTimes_asThePattern() {
    Random random = new Random(3);
    long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      IntegratedTime time = IntegratedTime.of(Instant.ofEpochMilli(random.nextLong(max + 1)));
      assertEquals(PATTERN.format(time.instant()), time.toString());
    }
  }
}
