package dev.pedigree.api.handler;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.lineage.LineageQueries.SearchHit;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.Page;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/search?sha256=&limit=&cursor=}: entries holding a file of that digest (A8). */
public final class SearchHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public SearchHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    // The OpenAPI layer has checked ^[0-9a-f]{64}$.
    Bytes sha256 = Bytes.fromHex(ctx.queryParams().get("sha256"));
    int limit = Paging.limit(ctx);
    Optional<String> cursor = Paging.cursor(ctx);
    OffLoop.answer(ctx, () -> ledger.search(sha256, cursor, limit),
        (c, page) -> Answers.json(c, 200, body(page)));
  }

  private static Map<String, Object> body(Page<SearchHit> page) {
    List<Map<String, Object>> entries = page.items().stream().map(h -> {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("name", h.name());
      hit.put("version", h.version());
      hit.put("path", h.path());
      hit.put("index", h.index());
      return hit;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", entries);
    page.next().ifPresent(next -> body.put("next", next));
    return body;
  }
}
