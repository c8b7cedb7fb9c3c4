package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HexTest {
  @Test
  void encodeAndDecode_randomBytes_asHexFormat() {
    Random random = new Random(16);
    for (int length = 0; length < 70; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String hex = HexFormat.of().formatHex(bytes);
      assertEquals(hex, Hex.encode(bytes));
      assertArrayEquals(bytes, Hex.decode(hex));
      assertTrue(Hex.isLowerHex(hex, length));
      assertFalse(Hex.isLowerHex(hex, length + 1));
    }
  }

  @Test
  void isLowerHex_everyCharacterInEveryPlace_onlyDigitsAndLowercaseAToF() {
    for (char c = 0; c < 0x180; c++) {
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      assertEquals(hex, Hex.isLowerHex(c + "0", 1), "first " + (int) c);
      assertEquals(hex, Hex.isLowerHex("0" + c, 1), "second " + (int) c);
    }
    assertFalse(Hex.isLowerHex(null, 0));
  }

  @ParameterizedTest
  @CsvSource({"0A,not lowercase hex at offset 1", "g0,not lowercase hex at offset 0",
      "00\u0130a,not lowercase hex at offset 2", "abc,hex of odd length 3"})
  void decode_notLowercaseHex_refusedNamingTheOffset(String text, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> Hex.decode(text)).getMessage());
  }
}
