package dev.pedigree.ledger.chain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The log's claim of when it integrated an entry (DESIGN A3): UTC {@code
 * YYYY-MM-DDTHH:MM:SS.sssZ}, always three fraction digits. Not trusted time.
 *
 * <p>Read and written by hand rather than with a {@code DateTimeFormatter}: every record of an
 * audit carries one, and the formatter's parse-then-format round trip cost as much as the rest of
 * the record's chain fields. The one form is fixed-width, so a character-by-character check is
 * the whole grammar; the calendar (days per month, leap years) is {@code LocalDateTime}'s.
 */
public record IntegratedTime(Instant instant) implements Comparable<IntegratedTime> {
  /** YYYY-MM-DDTHH:MM:SS.sssZ: a digit where 'd' stands, the character itself elsewhere. */
  private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

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
    if (text.length() != SHAPE.length()) {
      throw new IllegalArgumentException(
          "integratedTime of " + text.length() + " characters, want 24 (YYYY-MM-DDTHH:MM:SS.sssZ)");
    }
    for (int i = 0; i < SHAPE.length(); i++) {
      char want = SHAPE.charAt(i);
      char c = text.charAt(i);
      if (want == 'd' ? c < '0' || c > '9' : c != want) {
        throw new IllegalArgumentException(
            "integratedTime " + text + " is not YYYY-MM-DDTHH:MM:SS.sssZ");
      }
    }
    try {
      LocalDateTime time = LocalDateTime.of(number(text, 0, 4), number(text, 5, 2),
          number(text, 8, 2), number(text, 11, 2), number(text, 14, 2), number(text, 17, 2),
          number(text, 20, 3) * 1_000_000);
      return new IntegratedTime(time.toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "integratedTime " + text + " is not YYYY-MM-DDTHH:MM:SS.sssZ: " + e.getMessage());
    }
  }

  private static int number(String text, int from, int digits) {
    int n = 0;
    for (int i = from; i < from + digits; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  @Override
  public int compareTo(IntegratedTime other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public String toString() {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
        ZoneOffset.UTC);
    char[] out = new char[SHAPE.length()];
    put(out, 0, t.getYear(), 4);
    put(out, 5, t.getMonthValue(), 2);
    put(out, 8, t.getDayOfMonth(), 2);
    put(out, 11, t.getHour(), 2);
    put(out, 14, t.getMinute(), 2);
    put(out, 17, t.getSecond(), 2);
    put(out, 20, t.getNano() / 1_000_000, 3);
    for (int i = 0; i < out.length; i++) {
      if (SHAPE.charAt(i) != 'd') {
        out[i] = SHAPE.charAt(i);
      }
    }
    return new String(out);
  }

  private static void put(char[] out, int from, int value, int digits) {
    for (int i = from + digits - 1; i >= from; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
