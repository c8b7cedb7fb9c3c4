package dev.pedigree.api.handler;

import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.Page;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/namespaces/{namespace}/models}: the models of a namespace by folded name, paged;
 * a namespace without models has an empty list.
 */
public final class NamespaceModelsHandler implements Handler<RoutingContext> {
  private final Ledger ledger;

  public NamespaceModelsHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String namespace = ctx.pathParam("namespace");
    int limit = Paging.limit(ctx);
    Optional<String> cursor = Paging.cursor(ctx);
    OffLoop.answer(ctx, () -> ledger.models(namespace, cursor, limit),
        (c, page) -> Answers.json(c, 200, body(page)));
  }

  private static Map<String, Object> body(Page<ModelListing> page) {
    List<Map<String, Object>> models = page.items().stream().map(m -> {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", m.spelling());
      model.put("folded", m.folded());
      return model;
    }).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("models", models);
    page.next().ifPresent(next -> body.put("next", next));
    return body;
  }
}
