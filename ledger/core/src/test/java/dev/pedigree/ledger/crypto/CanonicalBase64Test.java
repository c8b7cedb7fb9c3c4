package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalBase64Test {
  @ParameterizedTest
  @CsvSource({"'',''", "f,Zg==", "fo,Zm8=", "foo,Zm9v", "foob,Zm9vYg==", "fooba,Zm9vYmE="})
  void decode_rfc4648Vectors(String plain, String encoded) throws Exception {
    assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), CanonicalBase64.decode(encoded));
    assertEquals(encoded, CanonicalBase64.encode(plain.getBytes(StandardCharsets.US_ASCII)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zg", "Zh==", "Zm9=", "Zm9v\n", "Zm9 v", "-_-_", "Zg=", "Z===", "Zm9vYg==Zg=="})
  void decode_nonCanonical_refused(String text) {
    assertThrows(Base64Exception.class, () -> CanonicalBase64.decode(text));
  }

  /**
   * Every text of up to 4 characters over letters that stand for each class (padding, trailing
   * bits, the URL-safe alphabet, whitespace), and each of them after and before a full group, is
   * accepted exactly when it is the encoding of its own decoding, and decodes as the JDK does.
   */
  @Test
  void decode_everyShortText_acceptedExactlyWhenItReencodesToItself() throws Exception {
    List<String> texts = new ArrayList<>(List.of(""));
    for (int from = 0; from < texts.size() && texts.get(from).length() < 4; from++) {
      for (char c : "AQgh/+=_ ".toCharArray()) {
        texts.add(texts.get(from) + c);
      }
    }
    List<String> short4 = List.copyOf(texts);
    for (String t : short4) {
      texts.add("QUFB" + t);
      texts.add(t + "QUFB");
    }
    int accepted = 0;
    for (String text : texts) {
      byte[] want = reencodes(text);
      if (want == null) {
        assertThrows(Base64Exception.class, () -> CanonicalBase64.decode(text), text);
      } else {
        assertArrayEquals(want, CanonicalBase64.decode(text), text);
        accepted++;
      }
    }
    assertTrue(accepted > 1000, accepted + " accepted");
  }

  /** The definition: padded, decodable, and re-encoding gives the same text. */
  private static byte[] reencodes(String text) {
    if (text.length() % 4 != 0) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
