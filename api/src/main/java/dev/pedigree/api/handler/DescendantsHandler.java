package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.Page;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/entries/{id}/descendants?limit=&cursor=}: how many entries descend from an entry
 * ({@code count}: transitively, each once however many paths reach it; {@code children}: naming
 * it as a parent) and a page of their ids, breadth first (DESIGN B5). Revoked entries are counted
 * and listed like any other: {@code GET .../lineage} marks them.
 */
public final class DescendantsHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public DescendantsHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    int limit = Paging.limit(ctx);
    Optional<String> cursor = Paging.cursor(ctx);
    OffLoop.answer(ctx, () -> {
      // The page first: a bad cursor is refused before any count is paid for.
      Optional<Page<String>> page = ledger.descendants(id, cursor, limit);
      if (page.isEmpty()) {
        throw Answers.notFound("entry " + id);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("count", ledger.descendantCount(id).orElseThrow());
      body.put("children", ledger.childCount(id).orElseThrow());
      body.put("ids", page.get().items());
      page.get().next().ifPresent(next -> body.put("next", next));
      return body;
    }, (c, body) -> Answers.json(c, 200, body));
  }
}
