package dev.pedigree.api.handler;

import dev.pedigree.api.view.EntryDocument;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /v1/entries/{id}/revocations}: the revocations of an entry, in index order. */
public final class RevocationsHandler implements Handler<RoutingContext> {
  private final Ledger ledger;
  private final EntryDocument documents;

  public RevocationsHandler(Ledger ledger, EntryDocument documents) {
    this.ledger = ledger;
    this.documents = documents;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    OffLoop.answer(ctx, () -> {
      if (ledger.entry(id).isEmpty()) {
        throw Answers.notFound("entry " + id);
      }
      List<Map<String, Object>> entries = new ArrayList<>();
      for (long index : ledger.revocations(id)) {
        entries.add(documents.at(index));
      }
      return Map.of("entries", entries);
    }, (c, body) -> Answers.json(c, 200, body));
  }
}
