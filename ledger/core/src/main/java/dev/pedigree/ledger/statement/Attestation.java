package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.Objects;
import java.util.Optional;

/** A claim by the {@code attester} namespace about an entry (DESIGN A5 {@code attestation}). */
public record Attestation(Namespace attester, EntryId target, Claim claim) implements Predicate {
  public Attestation {
    Objects.requireNonNull(attester, "attester");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(claim, "claim");
  }

  @Override
  public Kind kind() {
    return Kind.ATTESTATION;
  }

  /** The attester: an attestation is signed by a key of its {@code attester} namespace. */
  @Override
  public Optional<Namespace> signerNamespace() {
    return Optional.of(attester);
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("attester", attester.value());
    node.put("target", target.hex());
    node.set("claim", claim.json());
    return node;
  }
}
