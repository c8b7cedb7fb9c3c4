package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlogProofTest {
  private static final String HASH = "Rvb/rdPQagn/PFhg0nVci5gZ2330QlF4jH2OMYDejrE=\n";

  @Test
  void parse_leaf6_roundTripsByteForByte() throws Exception {
    String file = TestFiles.text("testdata/c2sp/leaf6.tlog-proof");
    TlogProof proof = TlogProof.parse(file);
    assertEquals(6, proof.index());
    assertEquals(3, proof.hashes().size());
    assertEquals(
        "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
        proof.hashes().get(0).hex());
    assertEquals(TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt"), proof.checkpoint());
    assertEquals(file, proof.format());
  }

  @Test
  void parse_leaf6Checkpoint_opensWithLogKey() throws Exception {
    TlogProof proof = TlogProof.parse(TestFiles.text("testdata/c2sp/leaf6.tlog-proof"));
    assertEquals(8, Checkpoints.open(proof.checkpoint(), TestFiles.logKey()).size());
  }

  @Test
  void parse_extraLine_ignoredAndNeverWritten() throws Exception {
    String file = TestFiles.text("testdata/c2sp/leaf6.tlog-proof");
    String withExtra = file.replace("@v1\n", "@v1\nextra YWdlLXYx\n");
    assertEquals(file, TlogProof.parse(withExtra).format());
  }

  @Test
  void parse_maxHashes_accepted() throws Exception {
    String text = proofWithHashes(TlogProof.MAX_HASHES);
    assertEquals(64, TlogProof.parse(text).hashes().size());
  }

  @Test
  void parse_tooManyHashes_refused() throws Exception {
    String text = proofWithHashes(TlogProof.MAX_HASHES + 1);
    CheckpointFormatException e =
        assertThrows(CheckpointFormatException.class, () -> TlogProof.parse(text));
    assertEquals("tlog-proof has more than 64 inclusion hashes", e.getMessage());
  }

  private static String proofWithHashes(int count) throws Exception {
    return "c2sp.org/tlog-proof@v1\nindex 0\n"
        + HASH.repeat(count)
        + "\n"
        + TestFiles.text("testdata/c2sp/checkpoint.txt");
  }

  @Test
  void parse_emptyProofAndMaxIndex_roundTrips() throws Exception {
    String text =
        "c2sp.org/tlog-proof@v1\nindex 18446744073709551615\n\n"
            + TestFiles.text("testdata/c2sp/checkpoint.txt");
    TlogProof proof = TlogProof.parse(text);
    assertEquals(-1L, proof.index());
    assertEquals(List.of(), proof.hashes());
    assertEquals(text, proof.format());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "c2sp.org/tlog-proof@v2\\nindex 6\\n\\nCP|tlog-proof line 1 is not c2sp.org/tlog-proof@v1",
        "c2sp.org/tlog-proof@v1|tlog-proof line 1 is not c2sp.org/tlog-proof@v1",
        "c2sp.org/tlog-proof@v1\\n|tlog-proof has no index line",
        "c2sp.org/tlog-proof@v1\\nindex: 6\\n\\nCP|tlog-proof line 2 is not \"index N\"",
        "c2sp.org/tlog-proof@v1\\nextra YWJj\\nextra YWJj\\nindex 6\\n\\nCP"
            + "|tlog-proof line 3 is not \"index N\"",
        "c2sp.org/tlog-proof@v1\\nextra YWJ\\nindex 6\\n\\nCP"
            + "|tlog-proof extra line: base64 of 3 characters is not padded",
        "c2sp.org/tlog-proof@v1\\nindex 06\\n\\nCP"
            + "|tlog-proof index is not a decimal in [0, 2^64-1] without leading zeros",
        "c2sp.org/tlog-proof@v1\\nindex 18446744073709551616\\n\\nCP"
            + "|tlog-proof index is not a decimal in [0, 2^64-1] without leading zeros",
        "c2sp.org/tlog-proof@v1\\nindex -1\\n\\nCP"
            + "|tlog-proof index is not a decimal in [0, 2^64-1] without leading zeros",
        "c2sp.org/tlog-proof@v1\\nindex 6\\nRvb/rdPQagn/PFhg0nVci5gZ2330QlF4jH2OMYDejg==\\n\\nCP"
            + "|tlog-proof line 3: hash of 31 bytes, want 32",
        "c2sp.org/tlog-proof@v1\\nindex 6\\nRvb_rdPQagn_PFhg0nVci5gZ2330QlF4jH2OMYDejrE=\\n\\nCP"
            + "|tlog-proof line 3: not standard base64: Illegal base64 character 5f",
        "c2sp.org/tlog-proof@v1\\nindex 6\\nRvb/rdPQagn/PFhg0nVci5gZ2330QlF4jH2OMYDejrE=\\n"
            + "|tlog-proof has no empty line before the checkpoint",
        "c2sp.org/tlog-proof@v1\\nindex 6\\n\\n"
            + "|tlog-proof checkpoint is missing or does not end in a newline",
        "c2sp.org/tlog-proof@v1\\nindex 6\\n\\nCP without newline"
            + "|tlog-proof checkpoint is missing or does not end in a newline",
      })
  void parse_malformed_refused(String escaped, String message) throws Exception {
    String checkpoint = TestFiles.text("testdata/c2sp/checkpoint.txt");
    String text =
        escaped.replace("\\n", "\n").replace("CP without newline", "x").replace("CP", checkpoint);
    CheckpointFormatException e =
        assertThrows(CheckpointFormatException.class, () -> TlogProof.parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void new_tooManyHashes_refused() {
    List<Bytes> hashes = Collections.nCopies(65, Bytes.copyOf(new byte[32]));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TlogProof(0, hashes, "cp\n"));
    assertEquals("inclusion proof of 65 hashes, at most 64", e.getMessage());
  }
}
