package dev.pedigree.ledger.rules;

import static dev.pedigree.ledger.intake.Rejection.KEY_NOT_BOUND;

import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who may sign at an index (DESIGN A3, A5): pointers go into the envelope's signatures. */
final class Signers {
  private Signers() {}

  /**
   * Every signature names a key bound at {@code index}, to any namespace, or added by this very
   * entry (DESIGN A3).
   */
  static void requireEachBound(
      LedgerView view, long index, Statement statement, List<String> signerKeyIds)
      throws RejectedException {
    Set<String> added =
        statement.predicate() instanceof KeyChange change
            ? change.add().stream().map(k -> k.keyId()).collect(Collectors.toSet())
            : Set.of();
    for (int i = 0; i < signerKeyIds.size(); i++) {
      String keyId = signerKeyIds.get(i);
      if (added.contains(keyId)) {
        continue;
      }
      Optional<KeyHistory> history = view.namespaceOfKey(keyId).flatMap(view::keyHistory);
      if (history.isPresent() && history.get().boundAt(keyId, index)) {
        continue;
      }
      String why =
          history
              .flatMap(h -> h.removal(keyId))
              .map(
                  r ->
                      " since its removal as " + r.reason().wireName() + " at index " + r.index()
                          + " by entry " + r.entryId())
              .orElse("");
      throw new RejectedException(
          KEY_NOT_BOUND,
          "/signatures/" + i + "/keyid",
          "keyid " + keyId + " is not bound at index " + index + why);
    }
  }

  /**
   * At least one signature is by a key bound to {@code history}'s namespace before {@code index}
   * (DESIGN A5: every entry of a namespace is signed by a key bound to it when integrated).
   */
  static void requireNamespace(
      Optional<KeyHistory> history,
      String namespace,
      long index,
      List<String> signerKeyIds,
      String what)
      throws RejectedException {
    if (history.isEmpty()) {
      throw new RejectedException(
          KEY_NOT_BOUND,
          "/signatures",
          what + " needs a signature by a key of namespace " + namespace
              + ", which has no key bound");
    }
    for (String keyId : signerKeyIds) {
      if (history.get().boundAt(keyId, index)) {
        return;
      }
    }
    throw new RejectedException(
        KEY_NOT_BOUND,
        "/signatures",
        what + " needs a signature by a key bound to namespace " + history.get().namespace()
            + ", got keyids " + signerKeyIds + ", want one of "
            + history.get().current().keySet());
  }
}
