package dev.pedigree.ledger.rules;

import dev.pedigree.ledger.statement.Namespace;

/** Folding of namespace text the rules hold as strings (DESIGN A5 names). */
final class KeyNames {
  private KeyNames() {}

  /** The folded form of a valid namespace: lowercase, {@code _} and {@code .} mapped to -. */
  static String fold(String namespace) {
    return new Namespace(namespace).folded();
  }
}
