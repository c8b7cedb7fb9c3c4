package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "a/b.json", "tokenizer/vocab.json", "caf\u00e9", ".hidden/x", "a b/c"})
  void check_validNames_accepted(String path) throws FileNameException {
    FileNames.check(path);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|path \"\" has an empty segment",
        "/a|path \"/a\" has an empty segment",
        "a/|path \"a/\" has an empty segment",
        "a//b|path \"a//b\" has an empty segment",
        "./a|path \"./a\" has a segment \".\"",
        "a/../b|path \"a/../b\" has a segment \"..\"",
        "a\\b|path \"a\\\\b\" contains a backslash (U+005C)",
        "c:d|path \"c:d\" contains a colon (U+003A)",
      })
  void check_badNames_refused(String path, String message) {
    FileNameException e = assertThrows(FileNameException.class, () -> FileNames.check(path));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "0000, a control character",
    "001f, a control character",
    "007f, a control character",
    "0085, a control character",
    "009f, a control character",
    "202a, a bidirectional control",
    "202e, a bidirectional control",
    "2066, a bidirectional control",
    "2069, a bidirectional control",
    "d800, a lone surrogate",
  })
  void check_forbiddenCharacter_refusedEscaped(String hex, String what) {
    char c = (char) Integer.parseInt(hex, 16);
    String path = "x" + c + "y";
    FileNameException e = assertThrows(FileNameException.class, () -> FileNames.check(path));
    assertEquals(
        "path \"x\\u" + hex + "y\" contains " + what + " (U+" + hex.toUpperCase() + ")",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {4096, 4097})
  void check_length_atMost4096Bytes(int bytes) throws FileNameException {
    // "é" is two bytes of UTF-8: the limit is on bytes, not characters.
    String path = "\u00e9".repeat(bytes / 2) + "x".repeat(bytes % 2);
    if (bytes <= FileNames.MAX_UTF8_BYTES) {
      FileNames.check(path);
    } else {
      FileNameException e = assertThrows(FileNameException.class, () -> FileNames.check(path));
      assertEquals(true, e.getMessage().endsWith(" is 4097 bytes of UTF-8, want at most 4096"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"e\u0301", "a/\u212b"})
  void check_notNfc_refused(String path) {
    FileNameException e = assertThrows(FileNameException.class, () -> FileNames.check(path));
    assertEquals("path \"" + path + "\" is not in Unicode NFC", e.getMessage());
  }
}
