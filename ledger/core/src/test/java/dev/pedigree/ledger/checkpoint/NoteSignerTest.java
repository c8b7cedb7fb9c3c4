package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteSignerTest {
  private static final String PETER_PRIVATE =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String PETER_TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";

  @Test
  void sign_goDocumentationKey_reproducesPeterNeumannNote() throws Exception {
    NoteSigner signer = NoteSigner.parsePrivateKey(PETER_PRIVATE);
    assertEquals(TestFiles.text("testdata/c2sp/peterneumann.note"), signer.sign(PETER_TEXT));
    assertEquals(
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        signer.verifierKey().format());
  }

  @Test
  void parsePrivateKey_logKeyText_matchesSeedAndVkey() throws Exception {
    String text =
        "PRIVATE+KEY+example.com/model-ledger+483b81ad+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f";
    NoteSigner parsed = NoteSigner.parsePrivateKey(text);
    NoteSigner fromSeed = NoteSigner.of(TestFiles.LOG_NAME, TestFiles.logPrivateKey());
    assertEquals(TestFiles.logKey(), parsed.verifierKey());
    assertEquals(text, fromSeed.formatPrivateKey());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PRIVATE+KEY+Peter Neumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
            + "|private key: key name contains space U+0020 at offset 5",
        "KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
            + "|private key text does not start with PRIVATE+KEY+",
        "PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
            + "|private key PeterNeumann: key id c74f20a4 does not match the key, want c74f20a3",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+BIEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
            + "|private key PeterNeumann: want 0x01 followed by a 32-byte Ed25519 seed",
        "PRIVATE+KEY+PeterNeumann+c74f20a3"
            + "|private key text has no <name>+<key id>+<key> structure",
      })
  void parsePrivateKey_malformed_refused(String text, String message) {
    NoteFormatException e =
        assertThrows(NoteFormatException.class, () -> NoteSigner.parsePrivateKey(text));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no final newline|note text does not end in a newline",
        "|note text does not end in a newline",
      })
  void sign_textWithoutFinalNewline_refused(String text, String message) throws Exception {
    NoteSigner signer = NoteSigner.parsePrivateKey(PETER_PRIVATE);
    String input = text == null ? "" : text;
    NoteFormatException e = assertThrows(NoteFormatException.class, () -> signer.sign(input));
    assertEquals(message, e.getMessage());
  }

  @Test
  void sign_controlCharacter_refused() throws Exception {
    NoteSigner signer = NoteSigner.parsePrivateKey(PETER_PRIVATE);
    NoteFormatException e = assertThrows(NoteFormatException.class, () -> signer.sign("a\rb\n"));
    assertEquals("note contains control character U+000D at offset 1", e.getMessage());
  }

  @Test
  void toString_doesNotRevealSecret() throws Exception {
    NoteSigner signer = NoteSigner.parsePrivateKey(PETER_PRIVATE);
    assertEquals("NoteSigner[PeterNeumann+c74f20a3]", signer.toString());
  }
}
