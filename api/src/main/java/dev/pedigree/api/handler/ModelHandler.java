package dev.pedigree.api.handler;

import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.StoreException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/models/{namespace}/{model}}: a model's versions in index order, paged; the name is
 * matched folded (DESIGN A5) and answered in its first spelling.
 */
public final class ModelHandler implements Handler<RoutingContext> {
  private final Ledger ledger;
  private final EntryReader reader;

  public ModelHandler(Ledger ledger) {
    this.ledger = ledger;
    this.reader = new EntryReader(ledger.store());
  }

  @Override
  public void handle(RoutingContext ctx) {
    String namespace = ctx.pathParam("namespace");
    String model = ctx.pathParam("model");
    String name = namespace + "/" + model;
    int limit = Paging.limit(ctx);
    Optional<String> cursor = Paging.cursor(ctx);
    OffLoop.answer(ctx, () -> body(ledger.versions(name, cursor, limit)),
        (c, body) -> Answers.json(c, 200,
            body.orElseThrow(() -> Answers.notFound("model " + name))));
  }

  private Optional<Map<String, Object>> body(Page<ModelVersion> page) throws StoreException {
    if (page.items().isEmpty()) {
      return Optional.empty();
    }
    String spelling = null;
    List<Map<String, Object>> versions = new ArrayList<>();
    for (ModelVersion v : page.items()) {
      StoredRecord r = reader.at(v.index()).orElseThrow(
          () -> new StoreException("version index " + v.index() + " is not in the log"));
      ModelPredicate m = (ModelPredicate) r.statement().predicate();
      // Every entry of a model repeats its first spelling byte for byte (DESIGN A5).
      spelling = m.model().name().text();
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("version", v.version());
      version.put("id", r.id());
      version.put("kind", m.kind().wireName());
      version.put("index", v.index());
      version.put("integratedTime", r.record().integratedTime().toString());
      versions.add(version);
    }
    int slash = spelling.indexOf('/');
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("namespace", spelling.substring(0, slash));
    body.put("model", spelling.substring(slash + 1));
    body.put("name", spelling);
    body.put("versions", versions);
    page.next().ifPresent(next -> body.put("next", next));
    return Optional.of(body);
  }
}
