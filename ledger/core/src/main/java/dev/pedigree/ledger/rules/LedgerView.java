package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.intake.KeyLookup;
import java.util.Optional;

/**
 * What the rules need to know of the entries before an index. Namespaces are given and returned
 * in folded form ({@code Namespace.folded()}): {@code Acme} and {@code acme} are one namespace.
 */
public interface LedgerView {
  /** The entry with this id, if it is before the index being decided. */
  Optional<EntryInfo> entry(String id);

  /** The first spelling of a folded model name ({@code ModelName.folded()}), if registered. */
  Optional<String> spelling(String foldedName);

  /** Whether {@code foldedName@version} is registered; versions compare exactly. */
  boolean versionTaken(String foldedName, String version);

  /** The key history of a folded namespace, if it has a key entry. */
  Optional<KeyHistory> keyHistory(String foldedNamespace);

  /** The folded namespace a key was ever bound to, even if it was removed since. */
  Optional<String> namespaceOfKey(String keyId);

  /** Looks keys up among every key ever bound: what {@code Submission.verifySignatures} needs. */
  default KeyLookup keyLookup() {
    return keyId ->
        namespaceOfKey(keyId).flatMap(this::keyHistory).flatMap(h -> h.everBound(keyId));
  }
}
