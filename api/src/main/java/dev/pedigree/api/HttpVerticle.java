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
import java.util.concurrent.TimeUnit;

/** Loads the contract, builds the router and listens; nothing else. */
final class HttpVerticle extends VerticleBase {
  /** Concurrent exports; each holds a worker thread for as long as its client reads. */
  static final int EXPORT_THREADS = 4;

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
    // A slow reader may hold an export for hours: their own pool, with no blocked-thread warning
    // before that.
    var exports = vertx.createSharedWorkerExecutor(
        "pedigree-export", EXPORT_THREADS, 6, TimeUnit.HOURS);
    return OpenAPIContract.from(vertx, document.json())
        .map(contract -> ApiRouter.build(
            vertx, contract, document, config, ledger, health, registry, exports))
        .compose(router -> vertx
            .createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
            .requestHandler(router)
            .listen())
        .onSuccess(listening -> server = listening);
  }

  /** The port actually bound (the chosen one when the config said 0). */
  int actualPort() {
    return server.actualPort();
  }
}
