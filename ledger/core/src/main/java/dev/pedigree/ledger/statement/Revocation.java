package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.Objects;
import java.util.Optional;

/**
 * A publisher withdrawing or flagging a model entry or an attestation (DESIGN A5
 * {@code revocation}).
 */
public record Revocation(EntryId target, RevocationReason reason, Severity severity)
    implements Predicate {
  public Revocation {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
  }

  @Override
  public Kind kind() {
    return Kind.REVOCATION;
  }

  /**
   * Empty: a revocation is signed by a key of its target's namespace, which only the target entry
   * tells.
   */
  @Override
  public Optional<Namespace> signerNamespace() {
    return Optional.empty();
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("target", target.hex());
    node.put("reason", reason.wireName());
    node.put("severity", severity.wireName());
    return node;
  }
}
