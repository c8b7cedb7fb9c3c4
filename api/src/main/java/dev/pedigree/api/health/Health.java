package dev.pedigree.api.health;

/** What {@code GET /health} reports: whether the store is open and the sequencer alive. */
public record Health(boolean storeOpen, boolean sequencerAlive) {

  /** Serving is possible only when both parts are up. */
  public boolean ok() {
    return storeOpen && sequencerAlive;
  }

  /** {@code "ok"} or {@code "unavailable"}, the {@code status} member of the response. */
  public String status() {
    return ok() ? "ok" : "unavailable";
  }
}
