package dev.pedigree.ledger.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.LeafPrefix;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The record's size limit (DESIGN A3): a leaf of at most 65,535 bytes, else too-large. */
class RecordsTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final int MAX = Records.MAX_LEAF_BYTES;

  /** The description length whose release has the largest record within the limit. */
  private static int fitting;

  @BeforeAll
  static void findLargestFitting() throws Exception {
    int d = (MAX - recordSize(0)) * 3 / 4; // base64 writes 3 payload bytes as 4
    while (recordSize(d + 1) <= MAX) {
      d++;
    }
    while (recordSize(d) > MAX) {
      d--;
    }
    fitting = d;
  }

  @Test
  void leafFor_recordAtLimit_built() throws Exception {
    byte[] leaf = leaf(parse(fitting));

    assertTrue(leaf.length <= MAX && leaf.length > MAX - 4, "leaf of " + leaf.length);
  }

  @Test
  void leafFor_recordOverLimit_tooLarge() throws Exception {
    Submission submission = parse(fitting + 3); // the body itself is still within the limit

    RejectedException e = assertThrows(RejectedException.class, () -> leaf(submission));

    assertEquals(Rejection.TOO_LARGE, e.rejection());
    assertNull(e.field());
    assertTrue(e.getMessage().matches("record of 6553[6-9] bytes, want at most 65535"),
        e.getMessage());
  }

  @Test
  void leafFor_prefix_sameLeafAndSameLimit() throws Exception {
    Submission fits = parse(fitting);
    assertArrayEquals(leaf(fits), Records.leafFor(LeafPrefix.of(fits.envelope()), 0,
        TestLedger.time(0), ChainRecord.GENESIS_PREV));
    Submission over = parse(fitting + 3);
    RejectedException want = assertThrows(RejectedException.class, () -> leaf(over));

    RejectedException e = assertThrows(RejectedException.class, () -> Records.leafFor(
        LeafPrefix.of(over.envelope()), 0, TestLedger.time(0), ChainRecord.GENESIS_PREV));

    assertEquals(Rejection.TOO_LARGE, e.rejection());
    assertNull(e.field());
    assertEquals(want.getMessage(), e.getMessage());
  }

  /** The record's size measured without the limit. */
  private static int recordSize(int n) throws Exception {
    Submission s = parse(n);
    return new ChainRecord(s.envelope(), 0, TestLedger.time(0), ChainRecord.GENESIS_PREV)
        .leafBytes()
        .length;
  }

  private static byte[] leaf(Submission submission) throws RejectedException {
    return Records.leafFor(submission, 0, TestLedger.time(0), ChainRecord.GENESIS_PREV);
  }

  /** A release of acme/base whose description is {@code n} bytes long. */
  private static Submission parse(int n) throws Exception {
    ModelDetails details =
        new ModelDetails(
            Optional.empty(), Optional.of("x".repeat(n)), Optional.empty(), Optional.empty());
    Statement plain = Entries.release("acme/base", "1.0");
    Statement big =
        Statements.release(
            ModelRef.of("acme/base", "1.0"),
            plain.subjects(),
            License.spdx("Apache-2.0"),
            details);
    return Submission.parse(Envelopes.sign(big, A));
  }
}
