package dev.pedigree.api;

import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.api.health.HealthSource;
import dev.pedigree.ledger.service.Ledger;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.openapi.contract.OpenAPIContract;

/** Loads the contract, builds the router and listens; nothing else. */
final class HttpVerticle extends VerticleBase {
  private final ServerConfig config;
  private final Ledger ledger;
  private final HealthSource health;
  private final PrometheusMeterRegistry registry;
  private volatile HttpServer server;

  HttpVerticle(ServerConfig config, Ledger ledger, HealthSource health,
      PrometheusMeterRegistry registry) {
    this.config = config;
    this.ledger = ledger;
    this.health = health;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    OpenApiDocument document = OpenApiDocument.load();
    return OpenAPIContract.from(vertx, document.json())
        .map(contract -> ApiRouter.build(
            vertx, contract, document, config, ledger, health, registry))
        .compose(router -> vertx
            .createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port())
                // No WebSockets here: without compression Netty adds no upgrade-extension handler
                // that every request would pass through.
                .setPerFrameWebSocketCompressionSupported(false)
                .setPerMessageWebSocketCompressionSupported(false)
                // Every request is handled, and every answer written, on the connection's event
                // loop (ledger work comes back to it through its context): Vert.x then writes
                // straight to the channel instead of through a thread-safe outbound queue.
                .setStrictThreadMode(true))
            .requestHandler(router)
            .listen())
        .onSuccess(listening -> server = listening);
  }

  /** The port actually bound (the chosen one when the config said 0). */
  int actualPort() {
    return server.actualPort();
  }
}
