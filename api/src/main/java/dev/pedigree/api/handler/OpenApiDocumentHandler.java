package dev.pedigree.api.handler;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /openapi.yaml}: the contract the router validates against, byte for byte. */
public final class OpenApiDocumentHandler implements Handler<RoutingContext> {
  // RFC 9512 registers application/yaml.
  static final String MEDIA_TYPE = "application/yaml; charset=utf-8";

  private final Buffer document;

  public OpenApiDocumentHandler(byte[] document) {
    this.document = Buffer.buffer(document);
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", MEDIA_TYPE).end(document.copy());
  }
}
