package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.KEY_NOT_BOUND;
import static dev.pedigree.ledger.intake.Rejection.KEY_STATE_CONFLICT;
import static dev.pedigree.ledger.intake.Rejection.NAME_TAKEN;

import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.statement.KeyChange;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The key rules of DESIGN A5: the {@code previous} chain, possession, one namespace per key. */
final class KeyRules {
  private KeyRules() {}

  /** The namespace's history after this key entry, or the first rule it breaks. */
  static KeyHistory check(
      LedgerView view, long index, String id, KeyChange change, List<String> signerKeyIds)
      throws RejectedException {
    String folded = change.namespace().folded();
    Optional<KeyHistory> history = view.keyHistory(folded);
    if (history.isEmpty()) {
      if (change.previous().isPresent()) {
        throw new RejectedException(
            KEY_STATE_CONFLICT,
            "/predicate/previous",
            "got previous " + change.previous().get() + ", want none: namespace "
                + change.namespace() + " has no key entry yet");
      }
    } else {
      checkChain(history.get(), change, index, signerKeyIds);
    }
    requirePossession(change, signerKeyIds);
    checkAdded(view, folded, change);
    Set<String> current =
        new HashSet<>(history.map(h -> h.current().keySet()).orElse(Set.of()));
    checkRemoved(change, current);
    change.add().forEach(k -> current.add(k.keyId()));
    change.remove().forEach(k -> current.remove(k.keyId()));
    if (current.isEmpty()) {
      throw new RejectedException(
          KEY_STATE_CONFLICT,
          "/predicate/remove",
          "removing " + change.remove().size() + " key(s) would leave namespace "
              + change.namespace() + " with no key, want at least one");
    }
    return history.isEmpty()
        ? KeyHistory.bind(index, id, change)
        : history.get().apply(index, id, change);
  }

  /** A later key entry: same spelling, names the latest key entry, signed by a bound key. */
  private static void checkChain(
      KeyHistory history, KeyChange change, long index, List<String> signerKeyIds)
      throws RejectedException {
    if (!change.namespace().value().equals(history.namespace())) {
      throw new RejectedException(
          NAME_TAKEN,
          "/predicate/namespace",
          "got " + change.namespace() + ", want the first spelling " + history.namespace());
    }
    // DESIGN A5: no replay, no fork: previous must be the current latest key entry.
    String latest = history.latestKeyEntryId();
    if (change.previous().isEmpty()) {
      throw new RejectedException(
          KEY_STATE_CONFLICT,
          "/predicate/previous",
          "got no previous, want " + latest + ", the latest key entry of " + history.namespace());
    }
    String previous = change.previous().get().hex();
    if (!previous.equals(latest)) {
      throw new RejectedException(
          KEY_STATE_CONFLICT,
          "/predicate/previous",
          "got previous " + previous + ", want " + latest + ", the latest key entry of "
              + history.namespace());
    }
    Signers.requireNamespace(
        Optional.of(history), history.namespace(), index, signerKeyIds, "a key entry");
  }

  /** Proof of possession: every key added signs the entry that adds it. */
  private static void requirePossession(KeyChange change, List<String> signerKeyIds)
      throws RejectedException {
    for (int i = 0; i < change.add().size(); i++) {
      String keyId = change.add().get(i).keyId();
      if (!signerKeyIds.contains(keyId)) {
        throw new RejectedException(
            KEY_NOT_BOUND,
            "/predicate/add/" + i,
            "key " + keyId + " is added without its signature, want every key added to sign"
                + " (proof of possession)");
      }
    }
  }

  /** A key belongs to one namespace, ever, and is never bound again once removed. */
  private static void checkAdded(LedgerView view, String folded, KeyChange change)
      throws RejectedException {
    for (int i = 0; i < change.add().size(); i++) {
      String keyId = change.add().get(i).keyId();
      Optional<String> owner = view.namespaceOfKey(keyId);
      if (owner.isEmpty()) {
        continue;
      }
      String detail;
      if (!owner.get().equals(folded)) {
        detail = "is bound to namespace " + owner.get() + ", and a key belongs to one namespace";
      } else {
        Optional<KeyHistory.Removal> removal =
            view.keyHistory(folded).flatMap(h -> h.removal(keyId));
        detail =
            removal
                .map(
                    r ->
                        "was removed as " + r.reason().wireName() + " at index " + r.index()
                            + ", and a removed key is never bound again")
                .orElse("is bound to " + change.namespace() + " already");
      }
      throw new RejectedException(
          KEY_STATE_CONFLICT, "/predicate/add/" + i, "key " + keyId + " " + detail);
    }
  }

  private static void checkRemoved(KeyChange change, Set<String> current)
      throws RejectedException {
    List<Ed25519PublicKey> remove = change.remove();
    for (int i = 0; i < remove.size(); i++) {
      String keyId = remove.get(i).keyId();
      if (!current.contains(keyId)) {
        throw new RejectedException(
            KEY_STATE_CONFLICT,
            "/predicate/remove/" + i,
            "key " + keyId + " is not a current key of namespace " + change.namespace());
      }
    }
  }
}
