package dev.pedigree.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Draws a lineage: a tree for the terminal (box drawing), Graphviz DOT, or Mermaid (DESIGN B5). */
final class LineageRenderer {
  private static final int SHORT_ID = 12;

  private LineageRenderer() {}

  /**
   * The root entry, then its ancestors (each edge {@code relation ← parent}) and its descendants
   * ({@code relation → child}) as trees. An entry reached twice (a merge) is drawn once and then
   * named "(see above)", so the drawing stays linear in the graph's size.
   */
  static String tree(LineageGraph graph, String rootId, Terminal t) {
    StringBuilder out = new StringBuilder();
    out.append(line(graph.node(rootId), t)).append('\n');
    if (!graph.parentsOf(rootId).isEmpty()) {
      out.append(t.dim("ancestors")).append('\n');
      branch(out, graph, rootId, "", true, new HashSet<>(Set.of(rootId)), t);
    }
    if (!graph.childrenOf(rootId).isEmpty()) {
      out.append(t.dim("descendants")).append('\n');
      branch(out, graph, rootId, "", false, new HashSet<>(Set.of(rootId)), t);
    }
    if (graph.truncated()) {
      out.append(t.warn("(truncated by the server: raise --depth or narrow --direction)"))
          .append('\n');
    }
    return out.toString();
  }

  private static void branch(
      StringBuilder out,
      LineageGraph graph,
      String id,
      String indent,
      boolean up,
      Set<String> seen,
      Terminal t) {
    List<LineageGraph.Edge> edges = up ? graph.parentsOf(id) : graph.childrenOf(id);
    for (int i = 0; i < edges.size(); i++) {
      LineageGraph.Edge e = edges.get(i);
      boolean last = i == edges.size() - 1;
      String next = up ? e.from() : e.to();
      String arrow = up ? " ← " : " → ";
      out.append(indent).append(last ? "└── " : "├── ");
      out.append(t.dim(e.relation())).append(arrow).append(line(graph.node(next), t));
      if (!seen.add(next)) {
        out.append(t.dim(" (see above)")).append('\n');
        continue;
      }
      out.append('\n');
      branch(out, graph, next, indent + (last ? "    " : "│   "), up, seen, t);
    }
  }

  private static String line(LineageGraph.Node n, Terminal t) {
    String text = n.label() + "  " + t.dim(n.kind() + " " + shortId(n.id()));
    return n.revoked() ? text + "  " + t.bad("REVOKED") : text;
  }

  static String shortId(String id) {
    return id.length() > SHORT_ID ? id.substring(0, SHORT_ID) : id;
  }

  /** Graphviz DOT: parent → child, the relation on each edge, revoked entries in red. */
  static String dot(LineageGraph graph) {
    StringBuilder out =
        new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box];\n");
    for (LineageGraph.Node n : graph.nodes().values()) {
      out.append("  ")
          .append(quote(n.id()))
          .append(" [label=")
          .append(quote(n.label() + "\n" + n.kind() + " " + shortId(n.id())))
          .append(n.revoked() ? ", color=red, fontcolor=red, style=dashed" : "")
          .append("];\n");
    }
    for (LineageGraph.Edge e : graph.edges()) {
      out.append("  ")
          .append(quote(e.from()))
          .append(" -> ")
          .append(quote(e.to()))
          .append(" [label=")
          .append(quote(e.relation()))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** A Mermaid flowchart: nodes by position ({@code n0}, {@code n1}, ...), revoked ones styled. */
  static String mermaid(LineageGraph graph) {
    List<String> ids = graph.nodes().keySet().stream().toList();
    Function<String, String> key =
        id -> {
          int i = ids.indexOf(id);
          return i >= 0 ? "n" + i : "x" + shortId(id);
        };
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (LineageGraph.Node n : graph.nodes().values()) {
      out.append("  ")
          .append(key.apply(n.id()))
          .append("[\"")
          .append(mermaidText(n.label()))
          .append("<br/>")
          .append(mermaidText(n.kind() + " " + shortId(n.id())))
          .append("\"]\n");
    }
    for (LineageGraph.Edge e : graph.edges()) {
      out.append("  ")
          .append(key.apply(e.from()))
          .append(" -->|")
          .append(mermaidText(e.relation()))
          .append("| ")
          .append(key.apply(e.to()))
          .append('\n');
    }
    List<String> revoked =
        graph.nodes().values().stream()
            .filter(LineageGraph.Node::revoked)
            .map(n -> key.apply(n.id()))
            .toList();
    if (!revoked.isEmpty()) {
      out.append("  classDef revoked stroke:#d00,color:#d00,stroke-dasharray:4\n");
      out.append("  class ").append(String.join(",", revoked)).append(" revoked\n");
    }
    return out.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** Mermaid labels take HTML entities; quotes and pipes would end the label. */
  private static String mermaidText(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("|", "&#124;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
