package dev.pedigree.ledger.chain;

import java.time.Instant;
import java.time.LocalDateTime;
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

  /** The text form, written digit by digit: the sequencer writes one per entry. */
  @Override
  public String toString() {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    char[] text = new char[24];
    digits(text, 0, 4, t.getYear());
    text[4] = '-';
    digits(text, 5, 2, t.getMonthValue());
    text[7] = '-';
    digits(text, 8, 2, t.getDayOfMonth());
    text[10] = 'T';
    digits(text, 11, 2, t.getHour());
    text[13] = ':';
    digits(text, 14, 2, t.getMinute());
    text[16] = ':';
    digits(text, 17, 2, t.getSecond());
    text[19] = '.';
    digits(text, 20, 3, instant.getNano() / 1_000_000);
    text[23] = 'Z';
    return new String(text);
  }

  private static void digits(char[] text, int at, int count, int value) {
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
