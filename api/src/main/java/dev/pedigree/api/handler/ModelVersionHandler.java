package dev.pedigree.api.handler;

import dev.pedigree.api.view.EntryDocument;
import dev.pedigree.ledger.service.EntryView;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/models/{namespace}/{model}/versions/{version}}: the entry of name@version. */
public final class ModelVersionHandler implements Handler<RoutingContext> {
  private final Ledger ledger;
  private final EntryDocument documents;

  public ModelVersionHandler(Ledger ledger, EntryDocument documents) {
    this.ledger = ledger;
    this.documents = documents;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String name = ctx.pathParam("namespace") + "/" + ctx.pathParam("model");
    String version = ctx.pathParam("version");
    OffLoop.answer(ctx, () -> {
      Optional<EntryView> entry = ledger.modelVersion(name, version);
      return entry.isEmpty() ? Optional.<Map<String, Object>>empty()
          : Optional.of(documents.of(entry.get()));
    }, (c, doc) -> Answers.json(c, 200,
        doc.orElseThrow(() -> Answers.notFound("model version " + name + "@" + version))));
  }
}
