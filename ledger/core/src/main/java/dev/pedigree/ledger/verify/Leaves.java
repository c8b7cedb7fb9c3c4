package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;

/** Reading a leaf's entry the way the log read it when it was submitted. */
final class Leaves {
  private Leaves() {}

  /**
   * The submission a record holds: its normalised envelope read back through the same intake checks
   * the log applied (payload type, canonical payload, valid statement), so that verify and the log
   * cannot disagree on what a statement says.
   *
   * <p>{@code record} comes from {@link ChainRecord#parse}, which read its envelope strictly and
   * found it in normalised form: the envelope's JSON, written out, is within the record's 65,535
   * bytes and reads back to the same envelope, so {@code Submission.parse} of those bytes would
   * refuse or accept exactly as {@link Submission#ofEnvelope} does, without the round trip.
   */
  static Submission submission(ChainRecord record) throws RejectedException {
    return Submission.ofEnvelope(record.envelope());
  }

  /** A refusal as a report line: {@code <slug> at <field>: <detail>}. */
  static String describe(RejectedException e) {
    String at = e.field() == null ? "" : " at " + e.field();
    return e.rejection().slug() + at + ": " + e.getMessage();
  }
}
