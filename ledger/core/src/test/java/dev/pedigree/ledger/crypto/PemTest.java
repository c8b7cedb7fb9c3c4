package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PemTest {
  @Test
  void encode_longDer_linesOf64() {
    String pem = Pem.encode("X", new byte[60]);
    String[] lines = pem.split("\n");
    assertEquals("-----BEGIN X-----", lines[0]);
    assertEquals(64, lines[1].length());
    assertEquals(80 - 64, lines[2].length());
    assertEquals("-----END X-----", lines[3]);
    assertEquals(4, lines.length);
  }

  @Test
  void decode_crlfAndNoFinalNewline_accepted() throws KeyFormatException {
    byte[] der = {1, 2, 3};
    String pem = Pem.encode("X", der).replace("\n", "\r\n").stripTrailing();
    assertArrayEquals(der, Pem.decode(pem, "X"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|no PEM block: the file is empty",
        "hello|no PEM block: want a first line -----BEGIN X-----",
        "-----BEGIN Y-----\\nAQID\\n-----END Y-----|PEM block is \"Y\", want \"X\"",
        "-----BEGIN X-----\\nAQID\\n|PEM block has no line -----END X-----",
        "-----BEGIN X-----\\nAQID\\n-----END X-----\\nmore|text after the PEM block: want exactly one block",
        "-----BEGIN X-----\\nAQJ=\\n-----END X-----|PEM body: base64 is not canonical (non-zero trailing bits)",
        "-----BEGIN X-----\\nAQ\\n-----END X-----|PEM body: base64 of 2 characters is not padded",
      })
  void decode_malformed_refused(String text, String message) {
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> Pem.decode(text.replace("\\n", "\n"), "X"));
    assertEquals(message, e.getMessage());
  }
}
