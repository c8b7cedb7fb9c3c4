package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegratedTimeTest {
  /** The JDK's reading of the form, strict: what the hand-written reader must agree with. */
  private static final DateTimeFormatter JDK =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  @Test
  void randomInstants_writtenAndReadAsTheJdkDoes() {
    Random random = new Random(3339);
    long first = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
    long last = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    for (int i = 0; i < 20_000; i++) {
      long millis = first + (long) (random.nextDouble() * (last - first));
      Instant instant = Instant.ofEpochMilli(millis);
      String text = JDK.format(instant);
      assertEquals(text, IntegratedTime.of(instant).toString());
      assertEquals(instant, IntegratedTime.parse(text).instant());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z",
      "2000-02-29T12:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-11-29T12:00:01.000Z"})
  void edges_roundTrip(String text) {
    assertEquals(text, IntegratedTime.parse(text).toString());
    assertEquals(Instant.from(JDK.parse(text)), IntegratedTime.parse(text).instant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-29T12:00:01Z", "2026-11-29T12:00:01.0000Z",
      "2026-11-29T12:00:01.000+00:00", "2026-02-30T12:00:01.000Z", "2026-11-29t12:00:01.000Z",
      "2025-02-29T00:00:00.000Z", "1900-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
      "2026-00-01T00:00:00.000Z", "2026-01-00T00:00:00.000Z", "2026-04-31T00:00:00.000Z",
      "2026-01-01T24:00:00.000Z", "2026-01-01T00:60:00.000Z", "2026-01-01T00:00:60.000Z",
      "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z", "+2026-01-01T00:00:00.000Z",
      "2026-01-01T00:00:00.00aZ", "2026-01-01 00:00:00.000Z", "2026-01-01T00:00:00,000Z",
      "2026-1-01T00:00:00.0000Z", "\u0662026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000z"})
  void notTheOneForm_refused(String text) {
    assertThrows(IllegalArgumentException.class, () -> IntegratedTime.parse(text), text);
    // The years before 1970 are the log's own bound (DESIGN A3); the rest the JDK refuses too.
    if (text.length() == 24 && !text.startsWith("1969") && !text.startsWith("0000")) {
      assertThrows(DateTimeParseException.class, () -> JDK.parse(text), "the JDK agrees: " + text);
    }
  }
}
