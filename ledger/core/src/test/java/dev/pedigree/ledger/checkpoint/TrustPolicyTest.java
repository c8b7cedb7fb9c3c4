package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustPolicyTest {
  private static final String LOG =
      "example.com/model-ledger+483b81ad+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4";
  private static final String WITNESS =
      "witness.example/w1+20324abe+BCmsuuFBvMrwsi4alNNNC8c2HlJtC/4SyJeUvJMilm3X";
  private static final String PETER =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

  @Test
  void parse_bareVkeyFile_isThatLogWithQuorumNone(@TempDir Path dir) throws Exception {
    Path trust = dir.resolve("trust.vkey");
    Files.copy(TestFiles.path("testdata/c2sp/log.vkey"), trust);
    TrustPolicy policy = TrustPolicy.parse(Files.readString(trust));
    assertEquals(List.of(TestFiles.logKey()), policy.logKeys());
    assertEquals(TrustPolicy.NONE, policy.quorum());
    assertEquals(8, policy.verify(TestFiles.text("testdata/c2sp/checkpoint.txt")).size());
  }

  @Test
  void parse_policyWithCommentsTabsAndUrls_readsLogs() throws Exception {
    String text =
        "# the ledger\n"
            + "  log\t"
            + LOG
            + "  https://ledger.example/\n"
            + "\n"
            + "log "
            + PETER
            + "\n"
            + "quorum none   \n";
    TrustPolicy policy = TrustPolicy.parse(text);
    assertEquals(List.of(TestFiles.logKey(), NoteVerifierKey.parse(PETER)), policy.logKeys());
    assertEquals("https://ledger.example/", policy.logs().get(0).url().orElseThrow());
    assertEquals(8, policy.verify(TestFiles.text("testdata/c2sp/checkpoint.txt")).size());
  }

  @Test
  void verify_witnessQuorum_metByCosignedCheckpoint() throws Exception {
    TrustPolicy policy =
        TrustPolicy.parse("log " + LOG + "\nwitness w1 " + WITNESS + "\nquorum w1\n");
    assertEquals(8, policy.verify(TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt")).size());
  }

  @Test
  void verify_witnessQuorum_notMetWithoutCosignature() throws Exception {
    TrustPolicy policy =
        TrustPolicy.parse(
            "log " + LOG + "\nwitness w1 " + WITNESS + "\ngroup g all w1\nquorum g\n");
    String checkpoint = TestFiles.text("testdata/c2sp/checkpoint.txt");
    NoteVerificationException e =
        assertThrows(NoteVerificationException.class, () -> policy.verify(checkpoint));
    assertEquals("witness quorum g not met; verified cosignatures by []", e.getMessage());
  }

  @Test
  void verify_nestedGroups_evaluated() throws Exception {
    TrustPolicy policy =
        TrustPolicy.parse(
            "log "
                + LOG
                + "\nwitness w1 "
                + WITNESS
                + "\ngroup g1 any w1\n"
                + "group g2 1 g1\nquorum g2\n");
    assertEquals(8, policy.verify(TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt")).size());
  }

  @Test
  void verify_checkpointOfAnotherLog_refused() throws Exception {
    TrustPolicy policy = TrustPolicy.parse(PETER + "\n");
    String checkpoint = TestFiles.text("testdata/c2sp/checkpoint.txt");
    NoteVerificationException e =
        assertThrows(NoteVerificationException.class, () -> policy.verify(checkpoint));
    assertEquals(
        "note has no signature by a known key; signed by example.com/model-ledger+483b81ad",
        e.getMessage());
  }

  @Test
  void verify_onlyWitnessSigned_refused() throws Exception {
    TrustPolicy policy =
        TrustPolicy.parse("log " + PETER + "\nwitness w1 " + WITNESS + "\nquorum w1\n");
    String checkpoint = TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt");
    NoteVerificationException e =
        assertThrows(NoteVerificationException.class, () -> policy.verify(checkpoint));
    assertEquals(
        "checkpoint of origin example.com/model-ledger is not signed by a log of the policy",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '~',
      value = {
        "~trust file is empty",
        "# only a comment\\n~trust file is empty",
        "log LOG\\n~trust policy has no quorum line",
        "quorum none\\n~trust policy lists no log",
        "log LOG\\n"
            + "quorum none\\n"
            + "quorum none\\n"
            + "~trust policy line 3: a second quorum line; want exactly one",
        "log LOG\\nquorum w1\\n~trust policy line 2: quorum w1 is not none or a witness or group"
            + " defined above",
        "log LOG\\nquorum w1\\nwitness w1 WITNESS\\n~trust policy line 2: quorum w1 is not none or"
            + " a witness or group defined above",
        "log LOG\\nlogs LOG\\nquorum none\\n~trust policy line 2: unknown keyword \"logs\"",
        "log LOG\\n"
            + "log LOG\\n"
            + "quorum none\\n"
            + "~trust policy line 2: key example.com/model-ledger+483b81ad repeats a public key"
            + " listed above",
        "log WITNESS\\nquorum none\\n~trust policy line 1: key witness.example/w1+20324abe has"
            + " signature type 0x04, want 0x01",
        "log LOG\\nwitness w1 LOG\\nquorum none\\n~trust policy line 2: key"
            + " example.com/model-ledger+483b81ad has signature type 0x01, want 0x04",
        "log LOG\\n"
            + "witness none WITNESS\\n"
            + "quorum none\\n"
            + "~trust policy line 2: the name none is reserved",
        "log LOG\\nwitness w1 WITNESS\\ngroup w1 any w1\\nquorum none\\n"
            + "~trust policy line 3: name w1 is defined twice",
        "log LOG\\nwitness w1 WITNESS\\ngroup g 0 w1\\nquorum g\\n"
            + "~trust policy line 3: group threshold 0, want all, any or a decimal in [1, 1]",
        "log LOG\\nwitness w1 WITNESS\\ngroup g 2 w1\\nquorum g\\n"
            + "~trust policy line 3: group threshold 2, want all, any or a decimal in [1, 1]",
        "log LOG\\nwitness w1 WITNESS\\ngroup g any w1 w1\\nquorum g\\n"
            + "~trust policy line 3: group member w1 is listed twice",
        "log LOG\\ngroup g any w2\\nquorum g\\n"
            + "~trust policy line 2: group member w2 is not a witness or group defined above",
        "log LOG\\ngroup g any\\nquorum none\\n"
            + "~trust policy line 2: want \"group <name> all|any|<k> <name>...\"",
        "log LOG url extra\\nquorum none\\n~trust policy line 1: want \"log <vkey> [<url>]\"",
        "log LOG\\r\\nquorum none\\n~trust file has control character U+000D at offset 82",
        "not-a-key\\n~trust file: verifier key has no <name>+<key id>+<key> structure:"
            + " \"not-a-key\"",
        "WITNESS\\n~trust file: key witness.example/w1+20324abe is a witness key, want a log key"
            + " (type 0x01)",
      })
  void parse_malformed_refused(String escaped, String message) {
    String text =
        (escaped == null ? "" : escaped)
            .replace("\\n", "\n")
            .replace("\\r", "\r")
            .replace("WITNESS", WITNESS)
            .replace("LOG", LOG);
    PolicyFormatException e =
        assertThrows(PolicyFormatException.class, () -> TrustPolicy.parse(text));
    assertEquals(message, e.getMessage());
  }
}
