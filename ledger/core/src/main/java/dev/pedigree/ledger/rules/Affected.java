package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.RevocationReason;
import dev.pedigree.ledger.statement.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an entry is affected by (DESIGN A5, A7, B5): revocations of it or of any of its ancestors,
 * and keys that signed it and were later removed as {@code compromised} (severity critical). Keys
 * removed as {@code rotated} leave what they signed valid.
 */
public final class Affected {
  /** One reason an entry is affected. */
  public sealed interface Finding permits Revoked, KeyCompromised {
    /** The index of the entry that causes it: the revocation, or the key removal. */
    long index();

    Severity severity();

    /** For humans, e.g. {@code revoked by entry 7 (safety, high)}. */
    String detail();
  }

  /** {@code revokedId} (the entry itself or an ancestor) was revoked by the entry at index. */
  public record Revoked(
      String revokedId,
      String revocationId,
      long index,
      RevocationReason reason,
      Severity severity,
      boolean ancestor)
      implements Finding {
    @Override
    public String detail() {
      return (ancestor ? "ancestor " + revokedId + " " : "")
          + "revoked by entry " + index + " (" + reason.wireName() + ", "
          + severity.wireName() + ")";
    }
  }

  /** A signing key of the entry was removed as compromised by the key entry at index. */
  public record KeyCompromised(String keyId, String namespace, long index, String removalId)
      implements Finding {
    @Override
    public Severity severity() {
      return Severity.CRITICAL;
    }

    @Override
    public String detail() {
      return "signing key " + keyId + " of " + namespace + " removed as compromised at index "
          + index + ": critical";
    }
  }

  private Affected() {}

  /**
   * Every finding about the entry {@code id} in the view, ordered by the index that causes it.
   * Ancestors missing from the view (a bundle holds none) are skipped.
   *
   * @throws IllegalArgumentException if the view has no entry {@code id}
   */
  public static List<Finding> of(MemoryLedgerView view, String id) {
    EntryInfo entry =
        view.entry(id).orElseThrow(() -> new IllegalArgumentException("no entry " + id));
    List<Finding> findings = new ArrayList<>();
    revocations(view, entry, findings);
    for (String keyId : entry.signerKeyIds()) {
      Optional<KeyHistory> history = view.namespaceOfKey(keyId).flatMap(view::keyHistory);
      Optional<KeyHistory.Removal> removal = history.flatMap(h -> h.removal(keyId));
      if (removal.isPresent() && removal.get().reason() == KeyReason.COMPROMISED) {
        findings.add(
            new KeyCompromised(
                keyId, history.get().namespace(), removal.get().index(), removal.get().entryId()));
      }
    }
    findings.sort(Comparator.comparingLong(Finding::index));
    return List.copyOf(findings);
  }

  /** Walks the entry and its ancestors once each, collecting their revocations. */
  private static void revocations(MemoryLedgerView view, EntryInfo entry, List<Finding> out) {
    Deque<EntryInfo> todo = new ArrayDeque<>(List.of(entry));
    Set<String> seen = new HashSet<>(Set.of(entry.id()));
    while (!todo.isEmpty()) {
      EntryInfo e = todo.pop();
      for (EntryInfo r : view.revocationsOf(e.id())) {
        out.add(
            new Revoked(
                e.id(),
                r.id(),
                r.index(),
                r.revocation().reason(),
                r.revocation().severity(),
                e != entry));
      }
      for (String parent : e.parents()) {
        if (seen.add(parent)) {
          view.entry(parent).ifPresent(todo::add);
        }
      }
    }
  }
}
