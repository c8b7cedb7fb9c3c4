package dev.pedigree.ledger.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What accepting an entry changes: its facts, and for a key entry the namespace's new key history.
 * A view applies it to decide the next index.
 */
public record Accepted(EntryInfo info, Optional<KeyHistory> keyHistory) {
  public Accepted {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(keyHistory, "keyHistory");
  }
}
