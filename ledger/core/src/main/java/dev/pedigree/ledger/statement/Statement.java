package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-toto Statement v1 of one of Pedigree's kinds (DESIGN A4, A5), with subjects that match its
 * predicate. Rules that need the ledger's state (name uniqueness, parents present, who may sign)
 * are not checked here but by the ledger's rules over the earlier entries.
 */
public record Statement(List<Subject> subjects, Predicate predicate) {
  public static final String TYPE = "https://in-toto.io/Statement/v1";

  /**
   * Bounds the subjects before anything is built from them. A record is at most 65,535 bytes
   * (DESIGN A3), about 500 files, so this bound is never what refuses an honest statement.
   */
  public static final int MAX_SUBJECTS = 4096;

  public Statement {
    Objects.requireNonNull(predicate, "predicate");
    List<Subject> copy = List.copyOf(subjects);
    Predicate p = predicate;
    Invariant.require(() -> SubjectRules.check(copy, p));
    subjects = copy;
  }

  /** A statement whose subjects fit its predicate, or the first rule it breaks. */
  public static Statement of(List<Subject> subjects, Predicate predicate)
      throws StatementException {
    return Invariant.build(() -> new Statement(subjects, predicate));
  }

  /**
   * Reads a statement from a tree the caller parsed from bytes already checked canonical (DESIGN
   * A1). If no exception is thrown, the statement obeys every rule of A4 and A5 that does not need
   * the ledger's state.
   *
   * @throws StatementException at the first member that breaks a rule
   */
  public static Statement parse(JsonNode json) throws StatementException {
    return StatementParser.parse(json);
  }

  public Kind kind() {
    return predicate.kind();
  }

  /** See {@link Predicate#signerNamespace()}: empty for a revocation. */
  public Optional<Namespace> signerNamespace() {
    return predicate.signerNamespace();
  }

  /** The statement's members (DESIGN A4); its JCS form is the payload to sign. */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("_type", TYPE);
    ArrayNode subject = node.putArray("subject");
    subjects.forEach(s -> subject.add(s.toJson()));
    node.put("predicateType", predicate.kind().predicateType());
    node.set("predicate", predicate.toJson());
    return node;
  }
}
