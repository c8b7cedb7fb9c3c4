package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The predicate of a statement: one of the six kinds (DESIGN A5). The three model kinds share
 * {@link ModelPredicate}.
 */
public sealed interface Predicate permits ModelPredicate, Attestation, Revocation, KeyChange {
  Kind kind();

  /**
   * The namespace whose key must sign the entry: the model's, the attester's, or the one whose
   * keys change. Empty for a revocation, which is signed by the namespace of its target, an entry
   * that the ledger's rules look up.
   */
  Optional<Namespace> signerNamespace();

  /** The predicate's members (DESIGN A5), absent optionals omitted. */
  ObjectNode toJson();
}
