package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
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
}
