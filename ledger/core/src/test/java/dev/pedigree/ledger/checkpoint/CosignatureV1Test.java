package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CosignatureV1Test {
  private static final long TIME = 1700000000L;

  @Test
  void sign_witnessSeed_reproducesCosignatureLine() throws Exception {
    String cosigned = TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt");
    String body = TestFiles.text("testdata/c2sp/checkpoint.txt").split("\n\n")[0] + "\n";
    NoteSignature line =
        CosignatureV1.sign(TestFiles.WITNESS_NAME, TestFiles.witnessPrivateKey(), body, TIME);
    assertEquals(TestFiles.text("testdata/c2sp/checkpoint.txt") + line.line(), cosigned);
  }

  @Test
  void verify_fileCosignature_givesItsTimestamp() throws Exception {
    SignedNote note =
        SignedNote.open(
            TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt"), List.of(TestFiles.logKey()));
    long time = CosignatureV1.verify(TestFiles.witnessKey(), note.text(), note.signatures().get(1));
    assertEquals(TIME, time);
  }

  @Test
  void verify_otherBody_refused() throws Exception {
    SignedNote note =
        SignedNote.open(
            TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt"), List.of(TestFiles.logKey()));
    String otherBody = note.text().replace("\n8\n", "\n9\n");
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () ->
                CosignatureV1.verify(TestFiles.witnessKey(), otherBody, note.signatures().get(1)));
    assertEquals("cosignature by witness.example/w1+20324abe does not verify", e.getMessage());
  }

  @Test
  void verify_logSignatureLine_refused() throws Exception {
    SignedNote note =
        SignedNote.open(
            TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt"), List.of(TestFiles.logKey()));
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () ->
                CosignatureV1.verify(
                    TestFiles.witnessKey(), note.text(), note.signatures().get(0)));
    assertEquals(
        "signature example.com/model-ledger+483b81ad is not by witness witness.example/w1+20324abe",
        e.getMessage());
  }

  @Test
  void open_witnessLineOfWrongLength_refused() throws Exception {
    // The witness's name and key ID with a plain 64-byte signature: no timestamp.
    String note =
        TestFiles.text("testdata/c2sp/checkpoint.txt")
            + new NoteSignature(
                    TestFiles.WITNESS_NAME,
                    0x20324abe,
                    dev.pedigree.ledger.crypto.Bytes.copyOf(new byte[64]))
                .line();
    NoteVerificationException e =
        assertThrows(
            NoteVerificationException.class,
            () -> SignedNote.open(note, List.of(TestFiles.logKey(), TestFiles.witnessKey())));
    assertEquals("cosignature by witness.example/w1+20324abe of 64 bytes, want 72", e.getMessage());
  }

  @Test
  void message_isHeaderTimeThenBody() {
    assertEquals(
        "cosignature/v1\ntime 1700000000\norigin\n1\nroot=\n",
        new String(
            CosignatureV1.message("origin\n1\nroot=\n", TIME),
            java.nio.charset.StandardCharsets.UTF_8));
  }
}
