package dev.pedigree.api.view;

import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.Lineage;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.service.EntryView;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Severity;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an entry is withdrawn (DESIGN A5, A7, B5): {@code revoked} when a revocation targets it;
 * {@code affected} when an ancestor is revoked or one of its signing keys was removed as
 * {@code compromised} (critical). Computed from the store at the time of the request.
 */
public final class EntryStatus {
  /** How far up the lineage revocations of ancestors are looked for. */
  static final int ANCESTOR_DEPTH = 64;
  static final int ANCESTOR_LIMIT = 256;

  private final Ledger ledger;
  private final EntryReader reader;

  public EntryStatus(Ledger ledger) {
    this.ledger = ledger;
    this.reader = new EntryReader(ledger.store());
  }

  /** The {@code Status} object of {@code openapi.yaml}. */
  public Map<String, Object> of(EntryView entry) throws StoreException {
    List<String> reasons = new ArrayList<>();
    Severity worst = null;
    boolean revoked = false;
    boolean affected = false;
    for (Revocation r : revocationsOf(entry.id(), reasons, "")) {
      revoked = true;
      worst = max(worst, r.severity());
    }
    Optional<Lineage> lineage =
        ledger.lineage(entry.id(), Direction.ANCESTORS, ANCESTOR_DEPTH, ANCESTOR_LIMIT);
    for (Lineage.Node node : lineage.map(Lineage::nodes).orElse(List.of())) {
      if (!node.id().equals(entry.id())) {
        for (Revocation r : revocationsOf(node.id(), reasons, "ancestor " + node.id() + " ")) {
          affected = true;
          worst = max(worst, r.severity());
        }
      }
    }
    if (compromisedSigners(entry, reasons)) {
      affected = true;
      worst = Severity.CRITICAL;
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("revoked", revoked);
    status.put("affected", affected);
    if (worst != null) {
      status.put("severity", worst.wireName());
    }
    status.put("reasons", reasons);
    return status;
  }

  /** The signing namespace: the statement's, or for a revocation its target's. */
  public Optional<Namespace> namespace(EntryView entry) throws StoreException {
    Optional<Namespace> own = entry.statement().signerNamespace();
    if (own.isPresent()) {
      return own;
    }
    if (entry.statement().predicate() instanceof Revocation r) {
      Optional<StoredRecord> target = reader.byId(r.target().hex());
      if (target.isPresent()) {
        return target.get().statement().signerNamespace();
      }
    }
    return Optional.empty();
  }

  private List<Revocation> revocationsOf(String id, List<String> reasons, String prefix)
      throws StoreException {
    List<Revocation> found = new ArrayList<>();
    for (long index : ledger.revocations(id)) {
      Optional<StoredRecord> record = reader.at(index);
      if (record.isPresent() && record.get().statement().predicate() instanceof Revocation r) {
        found.add(r);
        reasons.add(prefix + "revoked by entry " + index + " (" + r.reason().wireName() + ", "
            + r.severity().wireName() + ")");
      }
    }
    return found;
  }

  private boolean compromisedSigners(EntryView entry, List<String> reasons)
      throws StoreException {
    Optional<Namespace> namespace = namespace(entry);
    if (namespace.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (long index : ledger.store().keyEntries(namespace.get().folded())) {
      Optional<StoredRecord> record = reader.at(index);
      if (record.isEmpty()
          || !(record.get().statement().predicate() instanceof KeyChange change)
          || change.reason().orElse(null) != KeyReason.COMPROMISED) {
        continue;
      }
      for (var removed : change.remove()) {
        if (entry.signerKeyIds().contains(removed.keyId())) {
          any = true;
          reasons.add("signing key " + removed.keyId() + " of " + namespace.get().value()
              + " removed as compromised at index " + index + ": critical");
        }
      }
    }
    return any;
  }

  private static Severity max(Severity a, Severity b) {
    return a == null || b.ordinal() > a.ordinal() ? b : a;
  }
}
