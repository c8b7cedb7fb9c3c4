package dev.pedigree.ledger.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.testing.Golden;
import org.junit.jupiter.api.Test;

/** A submission's parts agree: the payload is the envelope's, the id its SHA-256. */
class SubmissionTest {
  @Test
  void constructor_partsOfAParsedSubmission_equalIt() throws Exception {
    Submission parsed = Submission.parse(Golden.entries().get(1).envelope().toByteArray());

    Submission built = new Submission(parsed.envelope(), parsed.payload(), parsed.statement(),
        parsed.id());

    assertEquals(parsed, built);
    assertEquals(parsed.hashCode(), built.hashCode());
    assertEquals(Sha256.hex(parsed.payload().toByteArray()), parsed.id());
  }

  @Test
  void constructor_idNotThePayloadsHash_refused() throws Exception {
    Submission s = Submission.parse(Golden.entries().get(1).envelope().toByteArray());
    String other = "0".repeat(64);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Submission(s.envelope(), s.payload(), s.statement(), other));

    assertEquals("id " + other + " is not the payload's SHA-256 " + s.id(), e.getMessage());
  }

  @Test
  void constructor_payloadNotTheEnvelopes_refused() throws Exception {
    Submission s = Submission.parse(Golden.entries().get(1).envelope().toByteArray());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Submission(s.envelope(), Bytes.copyOf(new byte[] {'{', '}'}), s.statement(),
            s.id()));

    assertEquals("payload differs from the envelope's payload", e.getMessage());
  }
}
