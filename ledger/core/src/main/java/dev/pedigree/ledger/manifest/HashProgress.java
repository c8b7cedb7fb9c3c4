package dev.pedigree.ledger.manifest;

/**
 * Progress of hashing a model directory. {@link #hashed} is called from the hashing threads,
 * concurrently, so implementations must be thread-safe.
 */
public interface HashProgress {
  HashProgress NONE = new HashProgress() {};

  /** Called once, after the walk and before any file is read. */
  default void started(int files, long totalBytes) {}

  /** Called as bytes are hashed, with the number of new bytes since the last call. */
  default void hashed(long bytes) {}
}
