package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lineage document as {@code GET /v1/entries/{id}/lineage} answers it (DESIGN A8): {@code
 * {"nodes": [{"id", "name", "version", "kind", ...}], "edges": [{"from", "to", "relation"}]}}. A
 * node is revoked when it says so ({@code "revoked": true}, or a {@code status} object with it).
 */
record LineageGraph(Map<String, Node> nodes, List<Edge> edges, boolean truncated) {
  /** One entry of the lineage. */
  record Node(
      String id, Optional<String> name, Optional<String> version, String kind, boolean revoked) {
    /** {@code name@version}, or the kind for an entry that names no model. */
    String label() {
      return name.map(n -> n + version.map(v -> "@" + v).orElse("")).orElse(kind);
    }
  }

  /** {@code from} is the parent, {@code to} the child. */
  record Edge(String from, String to, String relation) {}

  LineageGraph {
    nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    edges = List.copyOf(edges);
  }

  static LineageGraph parse(byte[] json, String source) throws InputException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new InputException(source + ": not JSON");
    }
    if (root == null || !root.path("nodes").isArray() || !root.path("edges").isArray()) {
      throw new InputException(source + ": want {\"nodes\": [...], \"edges\": [...]}");
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (JsonNode n : root.get("nodes")) {
      String id = text(n, "id", source);
      boolean revoked =
          n.path("revoked").asBoolean(false) || n.path("status").path("revoked").asBoolean(false);
      nodes.put(
          id,
          new Node(
              id,
              optional(n, "name"),
              optional(n, "version"),
              n.path("kind").asText("entry"),
              revoked));
    }
    List<Edge> edges = new ArrayList<>();
    for (JsonNode e : root.get("edges")) {
      edges.add(
          new Edge(text(e, "from", source), text(e, "to", source), e.path("relation").asText("")));
    }
    return new LineageGraph(nodes, edges, root.path("truncated").asBoolean(false));
  }

  /** The node of {@code id}, or a bare one when the document names the id only in an edge. */
  Node node(String id) {
    Node n = nodes.get(id);
    return n != null ? n : new Node(id, Optional.empty(), Optional.empty(), "entry", false);
  }

  List<Edge> parentsOf(String id) {
    return edges.stream().filter(e -> e.to().equals(id)).toList();
  }

  List<Edge> childrenOf(String id) {
    return edges.stream().filter(e -> e.from().equals(id)).toList();
  }

  private static String text(JsonNode n, String member, String source) throws InputException {
    JsonNode v = n.get(member);
    if (v == null || !v.isTextual()) {
      throw new InputException(source + ": a node or edge has no \"" + member + "\" string");
    }
    return v.textValue();
  }

  private static Optional<String> optional(JsonNode n, String member) {
    JsonNode v = n.get(member);
    return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
  }
}
