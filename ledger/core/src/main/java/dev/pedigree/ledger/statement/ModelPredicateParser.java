package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a release, modification or derivation predicate (DESIGN A5); pointers are relative to the
 * predicate.
 */
final class ModelPredicateParser {
  /** Bounds tags and restrictions: a record is at most 65,535 bytes (DESIGN A3). */
  static final int MAX_STRINGS = 4096;

  private static final List<String> OPTIONAL =
      List.of("modelCard", "description", "tags", "training");

  private ModelPredicateParser() {}

  static ModelPredicate parse(Kind kind, JsonNode node) throws StatementException {
    List<String> required =
        kind == Kind.RELEASE
            ? List.of("license", "manifestDigest", "model")
            : List.of("license", "manifestDigest", "model", "parents");
    Members p = Members.of(node, "", required, OPTIONAL);
    ModelRef model = model(p);
    Digest manifestDigest = p.value("manifestDigest", Digest::of);
    License license = license(p);
    List<Parent> parents = kind == Kind.RELEASE ? List.of() : parents(p);
    ModelDetails details = details(p);
    return switch (kind) {
      case RELEASE -> new Release(model, manifestDigest, license, details);
      case MODIFICATION ->
          new Modification(model, manifestDigest, license, onlyNewVersion(parents), details);
      default -> Derivation.of(model, manifestDigest, license, parents, details);
    };
  }

  private static ModelRef model(Members p) throws StatementException {
    Members m = Members.of(p.get("model"), p.at("model"), List.of("name", "version"), List.of());
    return new ModelRef(m.value("name", ModelName::of), m.value("version", ModelVersion::of));
  }

  private static License license(Members p) throws StatementException {
    Members l =
        Members.of(
            p.get("license"), p.at("license"), List.of("spdx"), List.of("url", "restrictions"));
    String spdx = l.text("spdx");
    Optional<String> url = l.optionalText("url");
    Optional<List<String>> restrictions = l.optionalTexts("restrictions", MAX_STRINGS);
    try {
      return License.of(spdx, url, restrictions);
    } catch (StatementException e) {
      throw e.under(p.at("license"));
    }
  }

  private static List<Parent> parents(Members p) throws StatementException {
    ArrayNode array = p.array("parents", Derivation.MAX_PARENTS);
    List<Parent> parents = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      Members parent =
          Members.of(
              array.get(i), JsonFields.index(p.at("parents"), i), List.of("id", "relation"),
              List.of());
      parents.add(
          new Parent(parent.value("id", EntryId::of), parent.value("relation", Relation::of)));
    }
    return parents;
  }

  /** A modification's parents: exactly one, {@code new-version} (DESIGN A5). */
  private static EntryId onlyNewVersion(List<Parent> parents) throws StatementException {
    if (parents.size() != 1) {
      throw new StatementException(
          "/parents", "got " + parents.size() + " parents, want exactly 1");
    }
    Relation relation = parents.get(0).relation();
    if (relation != Relation.NEW_VERSION) {
      throw new StatementException(
          "/parents/0/relation",
          "got " + Quote.of(relation.wireName()) + ", want \"new-version\"");
    }
    return parents.get(0).id();
  }

  private static ModelDetails details(Members p) throws StatementException {
    return new ModelDetails(
        p.optionalText("modelCard"),
        p.optionalText("description"),
        p.optionalTexts("tags", MAX_STRINGS),
        p.has("training") ? Optional.of(p.object("training")) : Optional.empty());
  }
}
