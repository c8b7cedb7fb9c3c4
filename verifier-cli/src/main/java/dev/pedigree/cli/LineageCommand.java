package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.statement.EntryId;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree lineage ID --server URL}: an entry's ancestors and descendants, drawn. */
@Command(
    name = "lineage",
    mixinStandardHelpOptions = true,
    description = {
      "Show an entry's lineage: a tree in the terminal (relation on each edge, revoked entries"
          + " marked), or Graphviz DOT, Mermaid, or the server's JSON.",
      "Online (--server), or from a saved lineage document (--file)."
    })
final class LineageCommand extends Subcommand {
  /** The output formats. */
  enum Format {
    tree,
    dot,
    mermaid,
    json
  }

  /** Which way to walk from the entry (DESIGN A8). */
  enum Direction {
    ancestors,
    descendants,
    both
  }

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "ID", description = "The entry id.")
  String id;

  static final class Source {
    @Option(names = "--server", paramLabel = "URL", description = "The ledger.")
    String server;

    @Option(names = "--file", paramLabel = "FILE", description = "A saved lineage document.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--direction",
      paramLabel = "D",
      description = "ancestors, descendants or both (default: ${DEFAULT-VALUE}).")
  Direction direction = Direction.both;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "How many generations (server's default).")
  Integer depth;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "tree, dot, mermaid or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.tree;

  @Override
  protected int run() throws Exception {
    Args.parse("ID", id, EntryId::of);
    byte[] document;
    String where;
    if (source.file != null) {
      document = Inputs.bytes(source.file, Inputs.MAX_JSON_BYTES);
      where = source.file.toString();
    } else {
      if (depth != null && depth < 1) {
        throw new InputException("--depth " + depth + ": want 1 or more");
      }
      String path =
          "/v1/entries/"
              + id
              + "/lineage?direction="
              + direction
              + (depth == null ? "" : "&depth=" + depth);
      document = LedgerClient.of(source.server).get(path).body();
      where = source.server + path;
    }
    LineageGraph graph = LineageGraph.parse(document, where);
    PrintWriter out = out();
    switch (format) {
      case tree -> {
        out.print(LineageRenderer.tree(graph, id, main.terminal()));
        if (source.server != null && direction != Direction.ancestors) {
          out.println(main.terminal().dim(descendantCount(source.server)));
        }
      }
      case dot -> out.print(LineageRenderer.dot(graph));
      case mermaid -> out.print(LineageRenderer.mermaid(graph));
      case json ->
          out.println(
              Json.mapper()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(Json.mapper().readTree(document)));
    }
    out.flush();
    return Main.OK;
  }

  /** The server's transitive count, which a graph cut at 1,000 nodes or by depth may not show. */
  private String descendantCount(String server) throws Exception {
    String path = "/v1/entries/" + id + "/descendants?limit=1";
    JsonNode counts = LedgerClient.of(server).get(path).json();
    long count = counts.path("count").asLong(-1);
    long children = counts.path("children").asLong(-1);
    if (count < 0 || children < 0) {
      throw new InputException(server + path + ": not a descendant count");
    }
    return count + (count == 1 ? " descendant" : " descendants") + " in all, each counted once ("
        + children + " direct)";
  }
}
