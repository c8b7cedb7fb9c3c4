package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Reads a predicate of a known kind (DESIGN A5); pointers are relative to the predicate. */
final class PredicateParser {
  private PredicateParser() {}

  static Predicate parse(Kind kind, JsonNode node) throws StatementException {
    return switch (kind) {
      case RELEASE, MODIFICATION, DERIVATION -> ModelPredicateParser.parse(kind, node);
      case ATTESTATION -> attestation(node);
      case REVOCATION -> revocation(node);
      case KEY -> KeyChangeParser.parse(node);
    };
  }

  private static Attestation attestation(JsonNode node) throws StatementException {
    Members p = Members.of(node, "", List.of("attester", "claim", "target"), List.of());
    Namespace attester = p.value("attester", Namespace::of);
    EntryId target = p.value("target", EntryId::of);
    ObjectNode claim = p.object("claim");
    try {
      return new Attestation(attester, target, Claim.of(claim));
    } catch (StatementException e) {
      throw e.under(p.at("claim"));
    }
  }

  private static Revocation revocation(JsonNode node) throws StatementException {
    Members p = Members.of(node, "", List.of("reason", "severity", "target"), List.of());
    EntryId target = p.value("target", EntryId::of);
    RevocationReason reason = p.value("reason", RevocationReason::of);
    Severity severity = p.value("severity", Severity::of);
    return new Revocation(target, reason, severity);
  }
}
