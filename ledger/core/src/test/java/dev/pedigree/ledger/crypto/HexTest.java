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
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {
  @Test
  void encodeAndDecode_agreeWithTheJdk_onRandomBytes() {
    Random random = new Random(6962);
    for (int length = 0; length < 200; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String expected = HexFormat.of().formatHex(bytes);
      assertEquals(expected, Hex.encode(bytes));
      assertArrayEquals(bytes, Hex.decode(expected));
      assertTrue(Hex.isLowerHex(expected, length));
    }
  }

  @Test
  void everyByteValue_roundTrips() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    assertArrayEquals(all, Hex.decode(Hex.encode(all)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB", "0G", "g0", " 0", "0:", "/0", "`0", "0\u00e9", "\uff10\uff10", "0x"})
  void decode_notLowercaseHex_refusedWithItsOffset(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hex.decode(text));
    assertTrue(e.getMessage().startsWith("not lowercase hex at offset "), e.getMessage());
    assertFalse(Hex.isLowerHex(text, 1));
  }

  @Test
  void decode_oddOrWrongLength_refused() {
    assertThrows(IllegalArgumentException.class, () -> Hex.decode("abc"));
    assertEquals("hex of 4 characters, want 6",
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("abcd", 3)).getMessage());
    assertFalse(Hex.isLowerHex("abcd", 3));
    assertFalse(Hex.isLowerHex(null, 0));
  }

  @Test
  void isLowerHex_everyCharacterInEveryPlace_onlyDigitsAndLowercaseAToF() {
    for (char c = 0; c < 0x180; c++) {
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      assertEquals(hex, Hex.isLowerHex(c + "0", 1), "first " + (int) c);
      assertEquals(hex, Hex.isLowerHex("0" + c, 1), "second " + (int) c);
    }
  }
}
