package dev.pedigree.ledger.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.json.Json;

/** Reading a leaf's entry the way the log read it when it was submitted. */
final class Leaves {
  private Leaves() {}

  /**
   * The submission a record holds: its normalised envelope read back through the same intake checks
   * the log applied (payload type, canonical payload, valid statement), so that verify and the log
   * cannot disagree on what a statement says.
   */
  static Submission submission(ChainRecord record) throws RejectedException {
    byte[] body;
    try {
      body = Json.mapper().writeValueAsBytes(record.envelope().toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an envelope tree always serialises", e);
    }
    return Submission.parse(body);
  }

  /** A refusal as a report line: {@code <slug> at <field>: <detail>}. */
  static String describe(RejectedException e) {
    String at = e.field() == null ? "" : " at " + e.field();
    return e.rejection().slug() + at + ": " + e.getMessage();
  }
}
