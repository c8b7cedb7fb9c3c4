package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.intake.Submission;

/**
 * A bundle item whose inclusion under the trusted checkpoint verified, read as a record and a
 * submission. {@code label} names it in reports: {@code entry}, {@code keys[1]}, ...
 */
record ProvenEntry(String label, ChainRecord record, Submission submission) {
  long index() {
    return record.index();
  }

  /** {@code keys[1] (index 3)}. */
  String describe() {
    return label + " (index " + index() + ")";
  }
}
