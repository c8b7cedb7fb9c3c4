package dev.pedigree.ledger.chain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * The log's claim of when it integrated an entry (DESIGN A3): UTC {@code
 * YYYY-MM-DDTHH:MM:SS.sssZ}, always three fraction digits. Not trusted time.
 */
public record IntegratedTime(Instant instant) implements Comparable<IntegratedTime> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  public IntegratedTime {
    instant = instant.truncatedTo(ChronoUnit.MILLIS);
    int year = instant.atZone(ZoneOffset.UTC).getYear();
    if (year < 1970 || year > 9999) {
      throw new IllegalArgumentException("integrated time year " + year + " outside 1970-9999");
    }
  }

  public static IntegratedTime of(Instant instant) {
    return new IntegratedTime(instant);
  }

  /**
   * Reads the exact text form.
   *
   * @throws IllegalArgumentException when the text is not in the one accepted form
   */
  public static IntegratedTime parse(String text) {
    if (text.length() != 24) {
      throw new IllegalArgumentException(
          "integratedTime of " + text.length() + " characters, want 24 (YYYY-MM-DDTHH:MM:SS.sssZ)");
    }
    try {
      IntegratedTime time = new IntegratedTime(Instant.from(FORMAT.parse(text)));
      if (!time.toString().equals(text)) {
        throw new IllegalArgumentException("integratedTime " + text + " is not in canonical form");
      }
      return time;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("integratedTime " + text + " is not YYYY-MM-DDTHH:MM:SS.sssZ");
    }
  }

  @Override
  public int compareTo(IntegratedTime other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public String toString() {
    return FORMAT.format(instant);
  }
}
