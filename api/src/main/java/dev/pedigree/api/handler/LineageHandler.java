package dev.pedigree.api.handler;

import dev.pedigree.api.http.QueryParams;
import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.lineage.Lineage;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/entries/{id}/lineage?direction=&depth=}: the DAG around an entry (DESIGN A8, B5);
 * every edge runs from parent to child. At most {@link #MAX_NODES} nodes; {@code truncated} says
 * when that bound, not the depth, ended the walk.
 */
public final class LineageHandler implements Handler<RoutingContext> {
  static final int DEFAULT_DEPTH = 16;
  static final int MAX_DEPTH = 64;
  static final int MAX_NODES = 1000;

  private final Ledger ledger;

  public LineageHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    // The OpenAPI layer has checked the enum.
    Direction direction = Direction.valueOf(
        QueryParams.text(ctx, "direction").orElse("both").toUpperCase(Locale.ROOT));
    int depth = QueryParams.intIn(ctx, "depth", DEFAULT_DEPTH, 1, MAX_DEPTH);
    OffLoop.answer(ctx, () -> ledger.lineage(id, direction, depth, MAX_NODES),
        (c, lineage) -> Answers.json(c, 200,
            body(lineage.orElseThrow(() -> Answers.notFound("entry " + id)))));
  }

  static Map<String, Object> body(Lineage lineage) {
    List<Map<String, Object>> nodes = lineage.nodes().stream().map(LineageHandler::node).toList();
    List<Map<String, Object>> edges = lineage.edges().stream().map(e -> {
      Map<String, Object> edge = new LinkedHashMap<>();
      edge.put("from", e.from());
      edge.put("to", e.to());
      edge.put("relation", e.relation());
      return edge;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nodes", nodes);
    body.put("edges", edges);
    body.put("truncated", lineage.truncated());
    return body;
  }

  private static Map<String, Object> node(Lineage.Node n) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", n.id());
    if (n.name() != null) {
      node.put("name", n.name());
      node.put("version", n.version());
    }
    node.put("kind", n.kind());
    node.put("index", n.index());
    node.put("depth", n.depth());
    return node;
  }
}
