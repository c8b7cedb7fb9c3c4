package dev.pedigree.ledger.rules;

import java.util.Optional;

/**
 * A base view (the durable store) plus the entries accepted earlier in the same batch, so that the
 * sequencer decides each entry against everything before its index (DESIGN B3). Not thread-safe.
 */
public final class OverlayView implements LedgerView {
  private final LedgerView base;
  private final MemoryLedgerView batch = new MemoryLedgerView();

  public OverlayView(LedgerView base) {
    this.base = base;
  }

  /** Records an entry of the batch the rules accepted. */
  public void apply(Accepted accepted) {
    batch.apply(accepted);
  }

  @Override
  public Optional<EntryInfo> entry(String id) {
    return batch.entry(id).or(() -> base.entry(id));
  }

  @Override
  public Optional<String> spelling(String foldedName) {
    return base.spelling(foldedName).or(() -> batch.spelling(foldedName));
  }

  @Override
  public boolean versionTaken(String foldedName, String version) {
    return batch.versionTaken(foldedName, version) || base.versionTaken(foldedName, version);
  }

  /** The batch's history of a namespace is the newer: it extends the base's. */
  @Override
  public Optional<KeyHistory> keyHistory(String foldedNamespace) {
    return batch.keyHistory(foldedNamespace).or(() -> base.keyHistory(foldedNamespace));
  }

  @Override
  public Optional<String> namespaceOfKey(String keyId) {
    return batch.namespaceOfKey(keyId).or(() -> base.namespaceOfKey(keyId));
  }
}
