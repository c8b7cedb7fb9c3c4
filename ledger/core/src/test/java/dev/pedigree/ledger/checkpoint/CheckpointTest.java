package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {
  private static final String FIXTURES = "dev/pedigree/ledger/checkpoint/checkpoints/";

  @Test
  void parse_c2spCheckpointBody_readsFields() throws Exception {
    SignedNote note =
        SignedNote.open(
            TestFiles.text("testdata/c2sp/checkpoint.txt"), List.of(TestFiles.logKey()));
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    assertEquals(TestFiles.LOG_NAME, checkpoint.origin());
    assertEquals(8, checkpoint.size());
    // The known root of the 8-leaf Certificate Transparency test tree (README, rfc6962/).
    assertEquals(
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        checkpoint.root().hex());
    assertEquals(List.of(), checkpoint.extensions());
    assertEquals(note.text(), checkpoint.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok_max_size_with_extension.txt", "ok_empty_tree.txt"})
  void parse_validFixture_roundTrips(String file) throws Exception {
    String body = TestFiles.text(FIXTURES + file);
    assertEquals(body, Checkpoint.parse(body).body());
  }

  @Test
  void parse_maxSize_isUnsigned() throws Exception {
    Checkpoint checkpoint =
        Checkpoint.parse(TestFiles.text(FIXTURES + "ok_max_size_with_extension.txt"));
    assertEquals(-1L, checkpoint.size());
    assertEquals(List.of("ext one", "extension two"), checkpoint.extensions());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "error_size_leading_zero.txt|checkpoint size \"08\" is not a decimal in [0, 2^64-1]"
            + " without leading zeros",
        "error_size_2_pow_64.txt|checkpoint size \"18446744073709551616\" is not a decimal in"
            + " [0, 2^64-1] without leading zeros",
        "error_size_negative.txt|checkpoint size \"-1\" is not a decimal in [0, 2^64-1] without"
            + " leading zeros",
        "error_size_plus_sign.txt|checkpoint size \"+8\" is not a decimal in [0, 2^64-1] without"
            + " leading zeros",
        "error_size_not_a_number.txt|checkpoint size \"eight\" is not a decimal in [0, 2^64-1]"
            + " without leading zeros",
        "error_size_with_space.txt|checkpoint size \" 8\" is not a decimal in [0, 2^64-1] without"
            + " leading zeros",
        "error_no_final_newline.txt|checkpoint does not end in a newline",
        "error_two_lines.txt|checkpoint of 2 lines, want at least 3",
        "error_empty_origin.txt|checkpoint origin is empty",
        "error_root_31_bytes.txt|checkpoint root hash of 31 bytes, want 32",
        "error_root_url_safe_base64.txt|checkpoint root hash: not standard base64: Illegal base64"
            + " character 2d",
        "error_root_unpadded.txt|checkpoint root hash: base64 of 43 characters is not padded",
        "error_empty_extension_line.txt|checkpoint extension line 1 is empty",
        "error_origin_carriage_return.txt|checkpoint: note contains control character U+000D at"
            + " offset 24",
      })
  void parse_errorFixture_refused(String file, String message) throws Exception {
    String body = TestFiles.text(FIXTURES + file);
    CheckpointFormatException e =
        assertThrows(CheckpointFormatException.class, () -> Checkpoint.parse(body));
    assertEquals(message, e.getMessage());
  }

  @Test
  void parse_tooManyExtensionLines_refusedBeforeSplitting() {
    String body = "o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n" + "x\n".repeat(17);
    CheckpointFormatException e =
        assertThrows(CheckpointFormatException.class, () -> Checkpoint.parse(body));
    assertEquals("checkpoint has 17 extension lines, at most 16", e.getMessage());
  }

  @Test
  void new_rootOfWrongLength_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Checkpoint.of("o", 1, Bytes.copyOf(new byte[31])));
    assertEquals("root hash of 31 bytes, want 32", e.getMessage());
  }
}
