package dev.pedigree.ledger.lineage;

import java.util.List;

/**
 * A piece of the lineage DAG (DESIGN B5): the entries reached and the parent → child edges between
 * them; {@code truncated} when the count limit stopped the walk before the depth limit did.
 */
public record Lineage(List<Node> nodes, List<Edge> edges, boolean truncated) {
  public Lineage {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An entry of the graph; {@code name} and {@code version} are null for non-model kinds. */
  public record Node(String id, long index, String kind, String name, String version, int depth) {}

  /** {@code from} is the parent, {@code to} the child. */
  public record Edge(String from, String to, String relation) {}
}
