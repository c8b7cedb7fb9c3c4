package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignedNoteTest {
  private static final String BODY =
      "example.com/model-ledger\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n";
  private static final String LOG_LINE =
      "\u2014 example.com/model-ledger SDuBrRoQOImwwTz91/EgYfAMU5vYyh2Brt1yO2Z4lSFIGPCdJPkALluJxJG"
          + "rqtZqqPpnGG4HOuYMusL7VeZ5qfOqjA0=\n";

  @Test
  void open_peterNeumannNote_verifiesWithGoKey() throws Exception {
    NoteVerifierKey key =
        NoteVerifierKey.parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    SignedNote note =
        SignedNote.open(TestFiles.bytes("testdata/c2sp/peterneumann.note"), List.of(key));
    assertEquals(
        "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n",
        note.text());
    assertEquals(List.of(key), note.verifiedBy());
  }

  @Test
  void open_checkpoint_verifiesWithLogKey() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint.txt");
    SignedNote note = SignedNote.open(text, List.of(TestFiles.logKey()));
    assertEquals(BODY, note.text());
    assertEquals(LOG_LINE, note.signatures().get(0).line());
  }

  @Test
  void open_cosignedWithLogKeyAlone_ignoresCosignature() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt");
    SignedNote note = SignedNote.open(text, List.of(TestFiles.logKey()));
    assertEquals(List.of(TestFiles.logKey()), note.verifiedBy());
    assertEquals(2, note.signatures().size());
    assertEquals("witness.example/w1+20324abe", note.signatures().get(1).label());
  }

  @Test
  void open_cosignedWithWitnessKey_verifiesBoth() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt");
    SignedNote note = SignedNote.open(text, List.of(TestFiles.witnessKey(), TestFiles.logKey()));
    assertEquals(List.of(TestFiles.logKey(), TestFiles.witnessKey()), note.verifiedBy());
  }

  @Test
  void open_tamperedCosignature_refusedWhenWitnessKnown() throws Exception {
    String text =
        TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt")
            .replace("IDJKvgAAAABlU/EA", "IDJKvgAAAABlU/EB");
    assertEquals(
        List.of(TestFiles.logKey()),
        SignedNote.open(text, List.of(TestFiles.logKey())).verifiedBy());
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(text, List.of(TestFiles.logKey(), TestFiles.witnessKey())));
    assertEquals("cosignature by witness.example/w1+20324abe does not verify", e.getMessage());
  }

  @Test
  void open_tamperedBody_refused() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint.txt").replace("\n8\n", "\n9\n");
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(text, List.of(TestFiles.logKey())));
    assertEquals("signature by example.com/model-ledger+483b81ad does not verify", e.getMessage());
  }

  @Test
  void open_signatureByAnotherKeyOfTheSameName_ignoredSoNoteRefused() throws Exception {
    Ed25519PrivateKey other = Ed25519PrivateKey.fromSeed(new byte[32]);
    String text = NoteSigner.of(TestFiles.LOG_NAME, other).sign(BODY);
    String otherLabel = NoteSigner.of(TestFiles.LOG_NAME, other).verifierKey().label();
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(text, List.of(TestFiles.logKey())));
    assertEquals("note has no signature by a known key; signed by " + otherLabel, e.getMessage());
  }

  @Test
  void open_otherKeyUsingTheLogKeyId_refused() throws Exception {
    // A signature line naming the log's name and key ID but made with another key.
    Ed25519PrivateKey other = Ed25519PrivateKey.fromSeed(new byte[32]);
    byte[] forged = other.sign(BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    NoteSignature line =
        new NoteSignature(
            TestFiles.LOG_NAME, 0x483b81ad, dev.pedigree.ledger.crypto.Bytes.copyOf(forged));
    String text = BODY + "\n" + line.line();
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(text, List.of(TestFiles.logKey())));
    assertEquals("signature by example.com/model-ledger+483b81ad does not verify", e.getMessage());
  }

  @Test
  void open_unknownKeyOnly_refused() throws Exception {
    String text = TestFiles.text("testdata/c2sp/peterneumann.note");
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(text, List.of(TestFiles.logKey())));
    assertEquals(
        "note has no signature by a known key; signed by PeterNeumann+c74f20a3", e.getMessage());
  }

  @Test
  void open_hundredSignatures_accepted() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint.txt") + unknownLines(99);
    SignedNote note = SignedNote.open(text, List.of(TestFiles.logKey()));
    assertEquals(100, note.signatures().size());
  }

  @Test
  void open_tooManySignatures_refused() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint.txt") + unknownLines(100);
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class, () -> SignedNote.open(text, List.of(TestFiles.logKey())));
    assertEquals("note has 101 signature lines, at most 100", e.getMessage());
  }

  private static String unknownLines(int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("\u2014 other.example/k").append(i).append(" AAAAAAAA\n");
    }
    return lines.toString();
  }

  @Test
  void open_repeatedLogSignature_countedOnce() throws Exception {
    String text = TestFiles.text("testdata/c2sp/checkpoint.txt") + LOG_LINE;
    SignedNote note = SignedNote.open(text, List.of(TestFiles.logKey()));
    assertEquals(List.of(TestFiles.logKey()), note.verifiedBy());
    assertEquals(2, note.signatures().size());
  }

  @Test
  void open_invalidUtf8_refused() throws Exception {
    byte[] note = TestFiles.bytes("testdata/c2sp/checkpoint.txt");
    note[3] = (byte) 0xff;
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class, () -> SignedNote.open(note, List.of(TestFiles.logKey())));
    assertEquals("note is not valid UTF-8", e.getMessage());
  }

  @Test
  void open_twoKeysOfOneName_picksTheKeyOfTheLineKeyId() throws Exception {
    NoteVerifierKey other =
        NoteVerifierKey.of(
            TestFiles.LOG_NAME,
            NoteSignatureType.ED25519,
            Ed25519PrivateKey.fromSeed(Hex.decode("00".repeat(32))).publicKey());
    SignedNote note =
        SignedNote.open(
            TestFiles.text("testdata/c2sp/checkpoint.txt"), List.of(other, TestFiles.logKey()));
    assertEquals(List.of(TestFiles.logKey()), note.verifiedBy());
  }

  /** Malformed notes, each with the reason it is refused. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no empty line between text and signatures
        "example.com/model-ledger\\n8\\n— example.com/model-ledger AAAAAAAA\\n"
            + "|note has no empty line before its signatures",
        "example.com/model-ledger\\n\\n|note has no signature lines",
        "example.com/model-ledger\\n\\n— example.com/model-ledger AAAAAAAA"
            + "|note does not end in a newline",
        "example.com/model-ledger\\n\\n- example.com/model-ledger AAAAAAAA\\n"
            + "|signature line 1 does not start with an em dash (U+2014) and a space",
        "example.com/model-ledger\\n\\n—example.com/model-ledger AAAAAAAA\\n"
            + "|signature line 1 does not start with an em dash (U+2014) and a space",
        "example.com/model-ledger\\n\\n— example.com/model-ledger\\n"
            + "|signature line 1 has no space between key name and signature",
        "example.com/model-ledger\\n\\n— example.com/model-ledger AAAAAAB=\\n"
            + "|signature line 1: base64 is not canonical (non-zero trailing bits)",
        "example.com/model-ledger\\n\\n— example.com/model-ledger AAAA AAAA\\n"
            + "|signature line 1: base64 of 9 characters is not padded",
        "example.com/model-ledger\\n\\n— example.com/model-ledger AAAAAA==\\n"
            + "|signature line 1: signature of 4 bytes, want a 4-byte key id and more",
        "example.com/model-ledger\\n\\n— example.com/model-ledger \\n"
            + "|signature line 1: signature of 0 bytes, want a 4-byte key id and more",
        "example.com/model-ledger\\n\\n— a+b AAAAAAAA\\n"
            + "|signature line 1: key name contains '+' at offset 1",
        "example.com/model-ledger\\n\\n—  AAAAAAAA\\n|signature line 1: key name is empty",
        "tab\\there\\n\\n— a AAAAAAAA\\n|note contains control character U+0009 at offset 3",
        "cr\\r\\n\\n— a AAAAAAAA\\n|note contains control character U+000D at offset 2",
      })
  void open_malformed_refused(String escaped, String message) {
    String note = escaped.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r");
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class, () -> SignedNote.open(note, List.of(TestFiles.logKey())));
    assertEquals(message, e.getMessage());
  }

  @Test
  void open_unpairedSurrogate_refused() {
    String note = "a\ud800b\n\n\u2014 a AAAAAAAA\n";
    NoteFormatException e =
        assertThrows(
            NoteFormatException.class, () -> SignedNote.open(note, List.of(TestFiles.logKey())));
    assertEquals("note is not valid UTF-8 (unpaired surrogate at offset 1)", e.getMessage());
  }
}
