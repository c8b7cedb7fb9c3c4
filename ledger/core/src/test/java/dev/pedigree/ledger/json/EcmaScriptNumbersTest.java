package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcmaScriptNumbersTest {
  /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript text. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2",
  })
  void toString_rfc8785AppendixB(String bits, String want) {
    double value = Double.longBitsToDouble(new BigInteger(bits, 16).longValue());
    assertEquals(want, EcmaScriptNumbers.toString(value));
  }

  /** Where Java 17's Double.toString is not shortest or differs in form (answers from V8). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2.82879384806159E17, 282879384806159000",
    "2E-7, 2e-7",
    "1.23E-18, 1.23e-18",
    "5E-7, 5e-7",
    "1.5E300, 1.5e+300",
    "0.1, 0.1",
    "4.35, 4.35",
    "0.3333333333333333, 0.3333333333333333",
  })
  void toString_differsFromJava(double value, String want) {
    assertEquals(want, EcmaScriptNumbers.toString(value));
  }

  @Test
  void toString_nonFinite_refused() {
    assertThrows(IllegalArgumentException.class, () -> EcmaScriptNumbers.toString(Double.NaN));
  }
}
