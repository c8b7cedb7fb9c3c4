package dev.pedigree.ledger.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript's Number::toString for finite doubles, which RFC 8785 §3.2.2.3 requires. Java 17's
 * {@code Double.toString} is not it: it sometimes prints more digits than the shortest that
 * round-trip, and its exponent format differs. Only fractions and large values come here; JCS
 * prints safe integers directly.
 */
final class EcmaScriptNumbers {
  private static final int MAX_DIGITS = 17; // every double round-trips with 17 significant digits

  private EcmaScriptNumbers() {}

  /** The ECMAScript text of a finite {@code value}. */
  static String toString(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return "0"; // ECMA-262 Number::toString: both +0 and -0 print "0"
    }
    if (value < 0) {
      return "-" + toString(-value);
    }
    BigDecimal shortest = shortest(value).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString(); // s, with k digits
    int k = digits.length();
    int n = k - shortest.scale(); // value = s × 10^(n−k)
    return format(digits, k, n);
  }

  /**
   * ECMA-262 Number::toString step 5: the fewest significant digits k that read back as {@code
   * value}; among those, the decimal closest to it, and of two equally close the even one.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int p = 1; p <= MAX_DIGITS; p++) {
      // Any p-digit decimal that reads back as value lies in value's rounding interval, which
      // contains value; so if one does, the nearest below or the nearest above does too.
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downOk = readsBackAs(down, value);
      boolean upOk = readsBackAs(up, value);
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp != 0) {
          return cmp < 0 ? down : up;
        }
        return isEven(down.unscaledValue()) ? down : up;
      }
      if (downOk) {
        return down;
      }
      if (upOk) {
        return up;
      }
    }
    throw new AssertionError("no " + MAX_DIGITS + "-digit decimal reads back as " + value);
  }

  private static boolean readsBackAs(BigDecimal decimal, double value) {
    // Double.parseDouble rounds correctly (round half to even), as ECMAScript's ToNumber does.
    return Double.parseDouble(decimal.toString()) == value;
  }

  private static boolean isEven(BigInteger unscaled) {
    return !unscaled.testBit(0);
  }

  /** ECMA-262 Number::toString steps 6 to 10, for s = {@code digits} (k digits) and exponent n. */
  private static String format(String digits, int k, int n) {
    StringBuilder out = new StringBuilder(k + 8);
    if (k <= n && n <= 21) {
      out.append(digits);
      out.append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? '+' : '-').append(Math.abs(n - 1));
    }
    return out.toString();
  }
}
