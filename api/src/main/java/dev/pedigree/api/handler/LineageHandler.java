package dev.pedigree.api.handler;

import dev.pedigree.api.http.QueryParams;
import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.rules.Affected;
import dev.pedigree.ledger.lineage.Lineage;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import dev.pedigree.ledger.store.StoreException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/entries/{id}/lineage?direction=&depth=}: the DAG around an entry (DESIGN A8, B5);
 * every edge runs from parent to child. At most {@link #MAX_NODES} nodes; {@code truncated} says
 * when that bound, not the depth, ended the walk. Each node says whether it is {@code revoked}
 * itself and whether a revocation reaches it ({@code affected}): its own, one of an entry above it
 * in the graph, or one of an ancestor of the entry asked about beyond the graph (DESIGN B5: a
 * revocation reaches every descendant). Compromised signing keys are per entry, not inherited:
 * {@code GET /v1/entries/{id}} reports them.
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
    OffLoop.answer(ctx, () -> marked(id, ledger.lineage(id, direction, depth, MAX_NODES)),
        (c, lineage) -> Answers.json(c, 200,
            body(lineage.orElseThrow(() -> Answers.notFound("entry " + id)))));
  }

  private Optional<Marked> marked(String id, Optional<Lineage> lineage) throws StoreException {
    if (lineage.isEmpty()) {
      return Optional.empty();
    }
    Set<String> revoked = new HashSet<>();
    for (Lineage.Node n : lineage.get().nodes()) {
      if (!ledger.revocations(n.id()).isEmpty()) {
        revoked.add(n.id());
      }
    }
    boolean rootAffected = ledger.affected(id).orElse(List.of()).stream()
        .anyMatch(f -> f instanceof Affected.Revoked);
    return Optional.of(new Marked(lineage.get(), revoked, LineageMarks.affected(
        lineage.get(), revoked, rootAffected ? Set.of(id) : Set.of())));
  }

  /** A lineage with the ids of its revoked and affected nodes. */
  record Marked(Lineage lineage, Set<String> revoked, Set<String> affected) {}

  static Map<String, Object> body(Marked marked) {
    Lineage lineage = marked.lineage();
    List<Map<String, Object>> nodes = lineage.nodes().stream()
        .map(n -> node(n, marked.revoked().contains(n.id()), marked.affected().contains(n.id())))
        .toList();
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

  private static Map<String, Object> node(Lineage.Node n, boolean revoked, boolean affected) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", n.id());
    if (n.name() != null) {
      node.put("name", n.name());
      node.put("version", n.version());
    }
    node.put("kind", n.kind());
    node.put("index", n.index());
    node.put("depth", n.depth());
    node.put("revoked", revoked);
    node.put("affected", affected);
    return node;
  }
}
