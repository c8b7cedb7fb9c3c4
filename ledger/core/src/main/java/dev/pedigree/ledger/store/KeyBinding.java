package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import java.util.Optional;

/**
 * Where a key belongs (DESIGN A5: one namespace, ever): the namespace, the index of the key entry
 * that bound it and, once removed, the removing entry and its reason.
 */
public record KeyBinding(Bytes keyId, String namespace, long boundAt, Optional<Removal> removal) {
  public KeyBinding {
    Checks.digest("keyid", keyId);
    Checks.token("namespace", namespace, 64);
    Checks.index("bound at", boundAt);
    if (removal.isPresent() && removal.get().index() <= boundAt) {
      throw new IllegalArgumentException("key removed at " + removal.get().index()
          + ", want after its binding at " + boundAt);
    }
  }

  /** The key entry that removed a key, and why. */
  public record Removal(long index, RemovalReason reason) {
    public Removal {
      Checks.index("removed at", index);
      java.util.Objects.requireNonNull(reason, "reason");
    }
  }
}
