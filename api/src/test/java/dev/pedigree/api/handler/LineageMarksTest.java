package dev.pedigree.api.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.lineage.Lineage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineageMarksTest {
  // a -> b -> c, a -> d, e -> c (a merge of b and e)
  private static final Lineage GRAPH = new Lineage(
      List.of(node("a"), node("b"), node("c"), node("d"), node("e")),
      List.of(edge("a", "b"), edge("b", "c"), edge("a", "d"), edge("e", "c")),
      false);

  private static Lineage.Node node(String id) {
    return new Lineage.Node(id, 0, "release", null, null, 0);
  }

  private static Lineage.Edge edge(String from, String to) {
    return new Lineage.Edge(from, to, "finetune");
  }

  @Test
  void affected_revokedNode_reachesEveryDescendantOnly() {
    assertEquals(Set.of("b", "c"), LineageMarks.affected(GRAPH, Set.of("b"), Set.of()));
  }

  @Test
  void affected_mergeParentRevoked_reachesTheMerge() {
    assertEquals(Set.of("e", "c"), LineageMarks.affected(GRAPH, Set.of("e"), Set.of()));
  }

  @Test
  void affected_rootAffectedBeyondGraph_reachesAllBelowIt() {
    assertEquals(Set.of("a", "b", "c", "d"), LineageMarks.affected(GRAPH, Set.of(), Set.of("a")));
  }

  @Test
  void affected_nothingRevoked_empty() {
    assertEquals(Set.of(), LineageMarks.affected(GRAPH, Set.of(), Set.of()));
  }
}
