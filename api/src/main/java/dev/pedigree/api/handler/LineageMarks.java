package dev.pedigree.api.handler;

import dev.pedigree.ledger.lineage.Lineage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How a revocation reaches down a lineage graph (DESIGN B5): every descendant is affected. */
final class LineageMarks {
  private LineageMarks() {}

  /**
   * The nodes reached, along the graph's parent-to-child edges, from the given sources.
   *
   * @param revoked nodes revoked themselves
   * @param alsoAffected further nodes known to be affected for reasons beyond the graph
   */
  static Set<String> affected(Lineage lineage, Set<String> revoked, Set<String> alsoAffected) {
    Map<String, List<String>> children = new HashMap<>();
    for (Lineage.Edge e : lineage.edges()) {
      children.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(revoked);
    todo.addAll(alsoAffected);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (reached.add(id)) {
        todo.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return reached;
  }
}
