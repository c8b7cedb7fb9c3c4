package dev.pedigree.api.health;

/**
 * Where {@code GET /health} reads the ledger's state; the ledger implements it. Called on the event
 * loop, so it must answer from memory, without I/O or locks held for long.
 */
@FunctionalInterface
public interface HealthSource {

  Health health();

  /** Until a ledger is wired in: nothing is open, so the server reports itself unavailable. */
  HealthSource NO_LEDGER = () -> new Health(false, false);
}
