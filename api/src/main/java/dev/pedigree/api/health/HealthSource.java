package dev.pedigree.api.health;

/**
 * Where {@code GET /health} reads the ledger's state. Called on a worker thread: it may read the
 * store, briefly.
 */
@FunctionalInterface
public interface HealthSource {

  Health health();
}
