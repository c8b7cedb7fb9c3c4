package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lineage drawings, from a lineage document as the server answers it, offline. */
class LineageRendererTest {
  static final String BASE = "a".repeat(64);
  static final String V11 = "b".repeat(64);
  static final String MED = "c".repeat(64);
  static final String MERGED = "d".repeat(64);
  static final String OTHER = "e".repeat(64);

  static final String DOCUMENT =
      "{\"nodes\": ["
          + node(BASE, "acme/base", "1.0", "release", false)
          + ","
          + node(V11, "acme/base", "1.1", "modification", false)
          + ","
          + node(MED, "acme/base-med", "1.0", "derivation", true)
          + ","
          + node(MERGED, "acme/merged", "1.0", "derivation", false)
          + ","
          + node(OTHER, "acme/other", "2.0", "release", false)
          + "], \"edges\": ["
          + edge(BASE, V11, "new-version")
          + ","
          + edge(BASE, MED, "finetune")
          + ","
          + edge(MED, MERGED, "merge")
          + ","
          + edge(OTHER, MERGED, "merge")
          + "], \"truncated\": false}";

  @TempDir Path tmp;

  static String node(String id, String name, String version, String kind, boolean revoked) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + name
        + "\", \"version\": \""
        + version
        + "\", \"kind\": \""
        + kind
        + "\", \"index\": 1, \"depth\": 0"
        + (revoked ? ", \"status\": {\"revoked\": true}" : "")
        + "}";
  }

  static String edge(String from, String to, String relation) {
    return "{\"from\": \""
        + from
        + "\", \"to\": \""
        + to
        + "\", \"relation\": \""
        + relation
        + "\"}";
  }

  static LineageGraph graph() throws Exception {
    return LineageGraph.parse(DOCUMENT.getBytes(StandardCharsets.UTF_8), "test");
  }

  @Test
  void tree_descendantsOfBase_boxDrawingRelationsRevokedMarked() throws Exception {
    assertEquals(
        "acme/base@1.0  release aaaaaaaaaaaa\n"
            + "descendants\n"
            + "├── new-version → acme/base@1.1  modification bbbbbbbbbbbb\n"
            + "└── finetune → acme/base-med@1.0  derivation cccccccccccc  REVOKED\n"
            + "    └── merge → acme/merged@1.0  derivation dddddddddddd\n",
        LineageRenderer.tree(graph(), BASE, Terminal.NONE));
  }

  @Test
  void tree_ancestorsOfMerge_bothParents() throws Exception {
    assertEquals(
        "acme/merged@1.0  derivation dddddddddddd\n"
            + "ancestors\n"
            + "├── merge ← acme/base-med@1.0  derivation cccccccccccc  REVOKED\n"
            + "│   └── finetune ← acme/base@1.0  release aaaaaaaaaaaa\n"
            + "└── merge ← acme/other@2.0  release eeeeeeeeeeee\n",
        LineageRenderer.tree(graph(), MERGED, Terminal.NONE));
  }

  @Test
  void tree_terminal_revokedInRedUnlessNoColor() throws Exception {
    assertTrue(
        LineageRenderer.tree(graph(), BASE, new Terminal(true, false, false))
            .contains("\u001b[1;31mREVOKED"));
    assertTrue(
        !LineageRenderer.tree(graph(), BASE, new Terminal(true, false, true)).contains("\u001b"));
  }

  @Test
  void dot_edgesWithRelations() throws Exception {
    String dot = LineageRenderer.dot(graph());
    assertTrue(dot.startsWith("digraph lineage {\n"), dot);
    assertTrue(dot.contains("  \"" + BASE + "\" -> \"" + MED + "\" [label=\"finetune\"];\n"), dot);
    assertTrue(
        dot.contains(
            "  \""
                + MED
                + "\" [label=\"acme/base-med@1.0\\n"
                + "derivation cccccccccccc\", color=red, fontcolor=red, style=dashed];\n"),
        dot);
    assertTrue(dot.endsWith("}\n"), dot);
  }

  @Test
  void mermaid_flowchartWithRevokedClass() throws Exception {
    String m = LineageRenderer.mermaid(graph());
    assertTrue(m.startsWith("flowchart LR\n  n0[\"acme/base@1.0<br/>release aaaaaaaaaaaa\"]\n"), m);
    assertTrue(m.contains("  n0 -->|finetune| n2\n"), m);
    assertTrue(m.endsWith("  class n2 revoked\n"), m);
  }

  @Test
  void lineage_fromFile_treeOnStdout() throws Exception {
    Path file = TestLog.write(tmp.resolve("lineage.json"), DOCUMENT);
    Run r = Run.of("lineage", OTHER, "--file", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "acme/other@2.0  release eeeeeeeeeeee\n"
            + "descendants\n"
            + "└── merge → acme/merged@1.0  derivation dddddddddddd\n",
        r.out());
  }

  @Test
  void lineage_badId_exit2OneLine() {
    Run r = Run.of("lineage", "xyz", "--server", "http://127.0.0.1:1");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("pedigree: ID xyz: "), r.err());
  }

  @Test
  void lineage_notALineage_exit2() throws Exception {
    Path file = TestLog.write(tmp.resolve("x.json"), "[1]");
    Run r = Run.of("lineage", BASE, "--file", file.toString(), "--format", "dot");
    assertEquals(2, r.exit());
    assertEquals("pedigree: " + file + ": want {\"nodes\": [...], \"edges\": [...]}\n", r.err());
  }
}
