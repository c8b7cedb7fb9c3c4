package dev.pedigree.api.view;

import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.rules.Affected;
import dev.pedigree.ledger.service.EntryView;
import dev.pedigree.ledger.service.Ledger;
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
 * Whether an entry is withdrawn (DESIGN A5, A7, B5), as the ledger's rules decide it
 * ({@code Affected}): {@code revoked} when a revocation targets the entry itself; {@code affected}
 * when an ancestor is revoked or one of its signing keys was later removed as {@code compromised}
 * (critical). Computed from the store at the time of the request.
 */
public final class EntryStatus {
  private final Ledger ledger;
  private final EntryReader reader;

  public EntryStatus(Ledger ledger) {
    this.ledger = ledger;
    this.reader = new EntryReader(ledger.store());
  }

  /** The {@code Status} object of {@code openapi.yaml}. */
  public Map<String, Object> of(EntryView entry) throws StoreException {
    List<Affected.Finding> findings = ledger.affected(entry.id()).orElse(List.of());
    boolean revoked = false;
    boolean affected = false;
    Severity worst = null;
    List<String> reasons = new ArrayList<>();
    for (Affected.Finding finding : findings) {
      if (finding instanceof Affected.Revoked r && !r.ancestor()) {
        revoked = true;
      } else {
        affected = true;
      }
      if (worst == null || finding.severity().ordinal() > worst.ordinal()) {
        worst = finding.severity();
      }
      reasons.add(finding.detail());
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
}
