package dev.pedigree.ledger.sequencer;

/**
 * Told by the sequencer's thread of each batch once it is durable, before its submitters are
 * answered; for metrics, so it must be quick and must not block.
 */
@FunctionalInterface
public interface BatchListener {
  /**
   * @param submissions the submissions the batch took, refused ones and those already in the log
   *     included
   * @param appended the entries it added to the log
   * @param nanos from the start of building the batch until it was durable
   */
  void written(int submissions, int appended, long nanos);
}
