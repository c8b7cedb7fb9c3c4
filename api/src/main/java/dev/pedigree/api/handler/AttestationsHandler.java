package dev.pedigree.api.handler;

import dev.pedigree.api.view.EntryDocument;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.store.Page;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/entries/{id}/attestations}: the attestations about an entry, paged. */
public final class AttestationsHandler implements Handler<RoutingContext> {
  private final Ledger ledger;
  private final EntryDocument documents;

  public AttestationsHandler(Ledger ledger, EntryDocument documents) {
    this.ledger = ledger;
    this.documents = documents;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    int limit = Paging.limit(ctx);
    Optional<String> cursor = Paging.cursor(ctx);
    OffLoop.answer(ctx, () -> {
      if (ledger.entry(id).isEmpty()) {
        throw Answers.notFound("entry " + id);
      }
      Page<Long> page = ledger.attestations(id, cursor, limit);
      List<Map<String, Object>> entries = new ArrayList<>();
      for (long index : page.items()) {
        entries.add(documents.at(index));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("entries", entries);
      page.next().ifPresent(next -> body.put("next", next));
      return body;
    }, (c, body) -> Answers.json(c, 200, body));
  }
}
