package dev.pedigree.api.handler;

import dev.pedigree.api.view.EntryDocument;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /v1/entries/{id}}: the entry decoded, with its status. */
public final class EntryHandler implements Handler<RoutingContext> {
  private final EntryDocument documents;

  public EntryHandler(EntryDocument documents) {
    this.documents = documents;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    OffLoop.answer(ctx, () -> documents.byId(id), (c, doc) -> Answers.json(c, 200,
        doc.orElseThrow(() -> Answers.notFound("entry " + id))));
  }
}
