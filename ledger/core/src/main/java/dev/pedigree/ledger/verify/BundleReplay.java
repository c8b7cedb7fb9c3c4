package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.rules.Accepted;
import dev.pedigree.ledger.rules.Affected;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.rules.KeyHistory;
import dev.pedigree.ledger.rules.MemoryLedgerView;
import dev.pedigree.ledger.rules.Rules;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Revocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Replays a bundle's proven entries in index order through the ledger's rules: key entries and
 * revocations as the log decided them, the entry's signatures against the keys in force at its
 * index; then what the entry is affected by. The view holds only what the bundle carries, so the
 * entry itself is not put through the rules that need its parents.
 */
final class BundleReplay {
  static final String ORDER = "bundle-order";
  static final String KEY_HISTORY = "key-history";
  static final String SIGNATURE = "signature";
  static final String REVOCATION = "revocation ";
  static final String REVOKED = "revoked";
  static final String SIGNER_KEY = "signer-key";

  private BundleReplay() {}

  /** Adds the checks; false when one failed that the rest would build on. */
  static boolean replay(List<ProvenEntry> proven, boolean allowRevoked, List<Check> checks) {
    ProvenEntry entry = proven.get(0);
    Optional<String> disorder = order(proven);
    if (disorder.isPresent()) {
      checks.add(Check.failed(ORDER, disorder.get()));
      return false;
    }
    checks.add(Check.passed(ORDER, "keys and revocations in index order, of the right kinds"));
    List<ProvenEntry> byIndex = new ArrayList<>(proven);
    byIndex.sort(Comparator.comparingLong(ProvenEntry::index)); // stable: the entry first
    MemoryLedgerView view = new MemoryLedgerView();
    for (ProvenEntry p : byIndex) {
      if (p != entry && p.submission().id().equals(entry.submission().id())) {
        continue; // a key entry's bundle lists it among its namespace's keys too
      }
      boolean ok =
          p == entry && entry.submission().statement().kind() != Kind.KEY
              ? entrySignature(view, entry, checks)
              : byRules(view, p, p == entry, checks);
      if (!ok) {
        return false;
      }
    }
    checks.add(Check.passed(KEY_HISTORY, keyHistories(view, proven)));
    affected(view, entry, allowRevoked, checks);
    return true;
  }

  /** DESIGN A7: keys and revocations each in index order, without duplicates, of their kind. */
  private static Optional<String> order(List<ProvenEntry> proven) {
    ProvenEntry entry = proven.get(0);
    long lastKey = -1;
    long lastRevocation = entry.index();
    for (ProvenEntry p : proven.subList(1, proven.size())) {
      Kind kind = p.submission().statement().kind();
      if (p.label().startsWith("keys")) {
        if (kind != Kind.KEY) {
          return Optional.of(p.describe() + " is a " + kind.wireName() + " entry, want key");
        }
        if (p.index() <= lastKey) {
          return Optional.of(p.describe() + " is not after the key entry before it");
        }
        lastKey = p.index();
      } else {
        if (!(p.submission().statement().predicate() instanceof Revocation r)) {
          return Optional.of(p.describe() + " is a " + kind.wireName() + " entry, want revocation");
        }
        if (!r.target().hex().equals(entry.submission().id())) {
          return Optional.of(
              p.describe()
                  + " revokes "
                  + r.target().hex()
                  + ", want the entry "
                  + entry.submission().id());
        }
        if (p.index() <= lastRevocation) {
          return Optional.of(p.describe() + " is not after the entry and the revocation before it");
        }
        lastRevocation = p.index();
      }
    }
    return Optional.empty();
  }

  /** A key entry or a revocation, decided as the log decided it at its index. */
  private static boolean byRules(
      MemoryLedgerView view, ProvenEntry p, boolean isEntry, List<Check> checks) {
    Submission s = p.submission();
    boolean isKey = s.statement().kind() == Kind.KEY;
    String name = isKey ? KEY_HISTORY : REVOCATION + p.label();
    Accepted accepted;
    try {
      s.verifySignatures(view.keyLookup());
      accepted = Rules.check(view, p.index(), s);
    } catch (RejectedException e) {
      checks.add(
          Check.failed(isEntry ? SIGNATURE : name, p.describe() + ": " + Leaves.describe(e)));
      return false;
    }
    view.apply(accepted);
    if (isEntry) {
      checks.add(
          Check.passed(
              SIGNATURE,
              "key entry signed by "
                  + s.signerKeyIds()
                  + ", accepted by the"
                  + " key rules at index "
                  + p.index()));
    } else if (!isKey) {
      Revocation r = (Revocation) s.statement().predicate();
      checks.add(
          Check.passed(
              name,
              "entry "
                  + s.id()
                  + " at index "
                  + p.index()
                  + " ("
                  + r.reason().wireName()
                  + ", "
                  + r.severity().wireName()
                  + "), signed by "
                  + s.signerKeyIds()
                  + " bound to namespace "
                  + accepted.info().namespace()
                  + " at its index"));
    }
    return true;
  }

  /** The entry's signatures, each by a key in force at its index, one of its signing namespace. */
  private static boolean entrySignature(
      MemoryLedgerView view, ProvenEntry entry, List<Check> checks) {
    Submission s = entry.submission();
    long index = entry.index();
    try {
      s.verifySignatures(view.keyLookup());
    } catch (RejectedException e) {
      checks.add(Check.failed(SIGNATURE, Leaves.describe(e)));
      return false;
    }
    for (String keyId : s.signerKeyIds()) {
      Optional<KeyHistory> h = view.namespaceOfKey(keyId).flatMap(view::keyHistory);
      if (h.isEmpty() || !h.get().boundAt(keyId, index)) {
        String why =
            h.flatMap(x -> x.removal(keyId))
                .map(r -> ", removed as " + r.reason().wireName() + " at index " + r.index())
                .orElse("");
        checks.add(
            Check.failed(SIGNATURE, "keyid " + keyId + " is not bound at index " + index + why));
        return false;
      }
    }
    // A revocation's namespace is its target's, which a bundle does not carry: take its signer's.
    String namespace =
        s.statement()
            .signerNamespace()
            .map(Namespace::folded)
            .orElseGet(() -> view.namespaceOfKey(s.signerKeyIds().get(0)).orElseThrow());
    Optional<String> signer =
        s.signerKeyIds().stream()
            .filter(k -> view.namespaceOfKey(k).orElseThrow().equals(namespace))
            .findFirst();
    if (signer.isEmpty()) {
      checks.add(
          Check.failed(
              SIGNATURE,
              "no signature by a key of namespace "
                  + namespace
                  + ": signed by keyids "
                  + s.signerKeyIds()
                  + " of namespaces "
                  + s.signerKeyIds().stream()
                      .map(k -> view.namespaceOfKey(k).orElseThrow())
                      .toList()));
      return false;
    }
    KeyHistory history = view.keyHistory(namespace).orElseThrow();
    checks.add(
        Check.passed(
            SIGNATURE,
            "signed by keyid "
                + signer.get()
                + " of namespace "
                + history.namespace()
                + ", bound at index "
                + history.boundIndex(signer.get()).getAsLong()
                + ", in force at index "
                + index));
    view.apply(
        new Accepted(
            EntryInfo.of(s.id(), index, s.statement(), namespace, s.signerKeyIds()),
            Optional.empty()));
    return true;
  }

  private static String keyHistories(MemoryLedgerView view, List<ProvenEntry> proven) {
    TreeSet<String> namespaces = new TreeSet<>();
    proven.stream()
        .map(p -> p.submission().statement().predicate())
        .filter(KeyChange.class::isInstance)
        .forEach(k -> namespaces.add(((KeyChange) k).namespace().folded()));
    List<String> parts = new ArrayList<>();
    for (String ns : namespaces) {
      KeyHistory h = view.keyHistory(ns).orElseThrow();
      parts.add(
          h.namespace()
              + ": "
              + h.keyEntryIds().size()
              + " key entries from its first binding"
              + " along previous, current keys "
              + h.current().keySet());
    }
    return parts.isEmpty() ? "no key entries" : String.join("; ", parts);
  }

  /** Revocations and compromised signing keys: failed unless allowed (DESIGN A7 fails closed). */
  private static void affected(
      MemoryLedgerView view, ProvenEntry entry, boolean allowRevoked, List<Check> checks) {
    List<Affected.Finding> findings = Affected.of(view, entry.submission().id());
    String allowed = " (allowed: allow-revoked)";
    List<Affected.Finding> revoked =
        findings.stream().filter(f -> f instanceof Affected.Revoked).toList();
    List<Affected.Finding> compromised =
        findings.stream().filter(f -> f instanceof Affected.KeyCompromised).toList();
    if (revoked.isEmpty()) {
      checks.add(Check.passed(REVOKED, "no revocation of the entry in the bundle"));
    }
    for (Affected.Finding f : revoked) {
      checks.add(
          allowRevoked
              ? Check.passed(REVOKED, f.detail() + allowed)
              : Check.failed(REVOKED, f.detail()));
    }
    if (compromised.isEmpty()) {
      checks.add(Check.passed(SIGNER_KEY, "no signing key removed as compromised in the bundle"));
    }
    for (Affected.Finding f : compromised) {
      checks.add(
          allowRevoked
              ? Check.passed(SIGNER_KEY, f.detail() + allowed)
              : Check.failed(SIGNER_KEY, f.detail()));
    }
  }
}
