package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Fuzz;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A record's submission, read without writing its envelope out and parsing it again. */
class LeavesTest {
  private static final int CASES = 3000;

  /** What the audit did before: the envelope's JSON written out, then read as a submitted body. */
  private static Submission roundTrip(ChainRecord record) throws Exception {
    return Submission.parse(Json.mapper().writeValueAsBytes(record.envelope().toJson()));
  }

  private static String outcome(Callable call) {
    try {
      return "ok " + call.submission();
    } catch (RejectedException e) {
      return e.rejection() + " at " + e.field() + ": " + e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private interface Callable {
    Submission submission() throws Exception;
  }

  @Test
  void submission_goldenRecords_sameAsRoundTrip() throws Exception {
    List<byte[]> leaves = Golden.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      ChainRecord record = ChainRecord.parse(i, leaves.get(i));
      assertEquals(roundTrip(record), Leaves.submission(record));
    }
  }

  @Test
  void submission_mutatedRecords_sameOutcomeAsRoundTrip() throws Exception {
    Random random = new Random(20261130);
    List<byte[]> leaves = Golden.leaves();
    Set<String> outcomes = new HashSet<>();
    int records = 0;
    for (int i = 0; i < CASES; i++) {
      int k = random.nextInt(leaves.size());
      byte[] leaf = mutate(leaves.get(k), random);
      ChainRecord record;
      try {
        record = ChainRecord.parse(k, leaf);
      } catch (ChainException e) {
        continue; // not a record: the chain check reports it, no submission is read
      }
      records++;
      String want = outcome(() -> roundTrip(record));
      assertEquals(want, outcome(() -> Leaves.submission(record)), "case " + i);
      outcomes.add(want.substring(0, want.indexOf(' ')));
    }
    // The mutations reach the payload type, the canonical form and the statement's rules.
    assertTrue(records > CASES / 3, "only " + records + " records parsed");
    assertTrue(outcomes.contains("ok"), outcomes::toString);
    assertTrue(outcomes.contains("BAD_PAYLOAD_TYPE"), outcomes::toString);
    assertTrue(outcomes.contains("NON_CANONICAL"), outcomes::toString);
    assertTrue(outcomes.contains("INVALID_STATEMENT"), outcomes::toString);
  }

  /** A record with its payload type, its payload's bytes or its statement edited. */
  private static byte[] mutate(byte[] leaf, Random random) throws Exception {
    ObjectNode record = (ObjectNode) Json.mapper().readTree(leaf);
    ObjectNode envelope = (ObjectNode) record.get("envelope");
    byte[] payload = Base64.getDecoder().decode(envelope.get("payload").textValue());
    switch (random.nextInt(4)) {
      case 0 -> record.set("envelope", Fuzz.tree(envelope, random));
      case 1 -> payload = Fuzz.bytes(payload, leaf, random);
      case 2 -> payload = Fuzz.json(Fuzz.tree(Json.mapper().readTree(payload), random));
      default -> payload = Fuzz.canonical(Fuzz.tree(Json.mapper().readTree(payload), random));
    }
    if (record.get("envelope") == envelope) {
      envelope.put("payload", Base64.getEncoder().encodeToString(payload));
    }
    JsonNode tree = record;
    return Fuzz.canonical(tree);
  }
}
