package dev.pedigree.ledger.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden envelopes (written by an independent client) parse to the golden ids. */
class SubmissionGoldenTest {
  static Stream<Golden.Entry> entries() {
    return Golden.entries().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parse_goldenEnvelope_givesGoldenIdAndPayload(Golden.Entry entry) throws Exception {
    Submission submission = Submission.parse(entry.envelope().toByteArray());

    assertEquals(entry.id(), submission.id());
    assertEquals(entry.statement(), submission.payload());
    assertEquals(entry.kind(), submission.statement().kind().wireName());
  }
}
