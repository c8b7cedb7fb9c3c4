package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoteVerifierKeyTest {
  private static final String LOG_VKEY =
      "example.com/model-ledger+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4";

  @Test
  void parse_logVkey_roundTrips() throws Exception {
    NoteVerifierKey key = NoteVerifierKey.parse(TestFiles.keyLine("testdata/c2sp/log.vkey"));
    assertEquals(TestFiles.LOG_NAME, key.name());
    assertEquals(0x483b81ad, key.keyId());
    assertEquals(NoteSignatureType.ED25519, key.type());
    assertEquals(LOG_VKEY, key.format());
  }

  @Test
  void of_logSeed_givesLogVkeyFile() throws Exception {
    NoteVerifierKey key =
        NoteVerifierKey.of(
            TestFiles.LOG_NAME, NoteSignatureType.ED25519, TestFiles.logPrivateKey().publicKey());
    assertEquals(TestFiles.text("testdata/c2sp/log.vkey"), key.format() + "\n");
  }

  @Test
  void of_witnessSeed_givesWitnessVkeyFile() throws Exception {
    NoteVerifierKey key =
        NoteVerifierKey.of(
            TestFiles.WITNESS_NAME,
            NoteSignatureType.COSIGNATURE_V1,
            TestFiles.witnessPrivateKey().publicKey());
    assertEquals(TestFiles.text("testdata/c2sp/witness.vkey"), key.format() + "\n");
    assertEquals(0x20324abe, key.keyId());
  }

  @Test
  void of_goldenLogSeed_givesGoldenVkeyFile() throws Exception {
    NoteVerifierKey key =
        NoteVerifierKey.of(
            "example.com/pedigree-golden",
            NoteSignatureType.ED25519,
            TestFiles.logPrivateKey().publicKey());
    assertEquals(TestFiles.text("testdata/golden/log.vkey"), key.format() + "\n");
  }

  @Test
  void parse_goDocumentationKey_accepted() throws Exception {
    NoteVerifierKey key =
        NoteVerifierKey.parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    assertEquals("PeterNeumann+c74f20a3", key.label());
  }

  @Test
  void parse_upperCaseKeyId_acceptedAsGoDoes() throws Exception {
    NoteVerifierKey key = NoteVerifierKey.parse(LOG_VKEY.replace("483b81ad", "483B81AD"));
    assertEquals(LOG_VKEY, key.format());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "noplus|verifier key has no <name>+<key id>+<key> structure: \"noplus\"",
        "+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4|verifier key: key name is empty",
        "a b+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
            + "|verifier key: key name contains space U+0020 at offset 1",
        "example.com/model-ledger+483b81a+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
            + "|verifier key: key id \"483b81a\" is not 8 hex digits",
        "example.com/model-ledger+483b81ax+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
            + "|verifier key: key id \"483b81ax\" is not 8 hex digits",
        "example.com/model-ledger+483b81ae+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
            + "|verifier key example.com/model-ledger: key id 483b81ae does not match the key,"
            + " want 483b81ad",
        "example.com/model-ledger+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG"
            + "|verifier key example.com/model-ledger: base64 of 43 characters is not padded",
        "example.com/model-ledger+483b81ad+AgOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4|verifier"
            + " key example.com/model-ledger: unknown signature type 0x02, want 0x01 or 0x04",
        "example.com/model-ledger+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVQ=="
            + "|verifier key example.com/model-ledger: Ed25519 public key of 30 bytes, want 32",
        "example.com/model-ledger+483b81ad+|verifier key example.com/model-ledger: key is empty",
      })
  void parse_malformed_refused(String text, String message) {
    NoteFormatException e =
        assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void parse_keyIdWithNonAsciiDigit_refused() {
    String text = LOG_VKEY.replace("483b81ad", "483b81a\uff11");
    NoteFormatException e =
        assertThrows(NoteFormatException.class, () -> NoteVerifierKey.parse(text));
    assertEquals("verifier key: key id \"483b81a\uff11\" is not 8 hex digits", e.getMessage());
  }

  /** Go's unicode.IsSpace: ASCII spaces, NEL, no-break and other Unicode spaces. */
  @ParameterizedTest
  @ValueSource(strings = {"a\tb", "a\u0085b", "a\u00a0b", "a\u2003b", "a\u2028b", "a\u3000b"})
  void of_nameWithUnicodeSpace_refused(String name) throws Exception {
    Ed25519PrivateKey key = TestFiles.logPrivateKey();
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class,
            () -> NoteVerifierKey.of(name, NoteSignatureType.ED25519, key.publicKey()));
    assertEquals(
        String.format("key name contains space U+%04X at offset 1", (int) name.charAt(1)),
        e.getMessage());
  }

  @Test
  void of_nameWithPlus_refused() throws Exception {
    Ed25519PrivateKey key = TestFiles.logPrivateKey();
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class,
            () -> NoteVerifierKey.of("a+b", NoteSignatureType.ED25519, key.publicKey()));
    assertEquals("key name contains '+' at offset 1", e.getMessage());
  }
}
