package dev.pedigree.api.health;

import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.StoreException;

/** The ledger's health: the store answers a read, and the sequencer takes submissions. */
public final class LedgerHealth implements HealthSource {
  private final Ledger ledger;

  public LedgerHealth(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Health health() {
    try {
      return new Health(true, ledger.health().accepting());
    } catch (StoreException e) {
      // A closed or failing store: report it, the probe itself must not fail.
      return new Health(false, false);
    }
  }
}
