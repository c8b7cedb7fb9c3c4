package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the statement envelope (DESIGN A4): type, subjects and the kind of predicate. */
final class StatementParser {
  private StatementParser() {}

  static Statement parse(JsonNode json) throws StatementException {
    Members top =
        Members.of(json, "", List.of("_type", "predicate", "predicateType", "subject"), List.of());
    String type = top.text("_type");
    if (!type.equals(Statement.TYPE)) {
      throw new StatementException(
          "/_type", "got " + Quote.of(type) + ", want \"" + Statement.TYPE + "\"");
    }
    String predicateType = top.text("predicateType");
    Kind kind =
        Kind.fromPredicateType(predicateType)
            .orElseThrow(
                () ->
                    new StatementException(
                        "/predicateType",
                        "got " + Quote.of(predicateType) + ", want one of "
                            + Kind.allPredicateTypes()));
    List<Subject> subjects = subjects(top.array("subject", Statement.MAX_SUBJECTS));
    Predicate predicate;
    try {
      predicate = PredicateParser.parse(kind, top.get("predicate"));
    } catch (StatementException e) {
      throw e.under("/predicate");
    }
    return Statement.of(subjects, predicate);
  }

  /** The subjects' shape; what they must name depends on the kind and is checked after. */
  private static List<Subject> subjects(ArrayNode array) throws StatementException {
    if (array.isEmpty()) {
      throw new StatementException("/subject", "got no subject, want at least one");
    }
    List<Subject> subjects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = "/subject/" + i;
      Members subject = Members.of(array.get(i), at, List.of("digest", "name"), List.of());
      Members digest =
          Members.of(subject.get("digest"), subject.at("digest"), List.of("sha256"), List.of());
      subjects.add(new Subject(subject.text("name"), digest.value("sha256", Digest::of)));
    }
    return subjects;
  }
}
