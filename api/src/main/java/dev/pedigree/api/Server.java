package dev.pedigree.api;

import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.api.health.HealthSource;
import dev.pedigree.api.health.LedgerHealth;
import dev.pedigree.ledger.service.Ledger;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A running HTTP server: its own Vert.x instance with metrics, and the deployed verticle. */
@SuppressWarnings("try") // close() may block on Vert.x; callers are not in try-with-resources
public final class Server implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Vertx vertx;
  private final String host;
  private final int port;

  private Server(Vertx vertx, String host, int port) {
    this.vertx = vertx;
    this.host = host;
    this.port = port;
  }

  /**
   * Starts Vert.x over an open ledger and listens; returns once the port is bound. The ledger
   * stays the caller's to close, after this server.
   */
  public static Server start(ServerConfig config, Ledger ledger) throws ServerStartException {
    HealthSource health = new LedgerHealth(ledger);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Gauge.builder("pedigree.descendant.cache.bytes", ledger, Ledger::descendantCacheBytes)
        .description("Memory the cached descendant sets take (--descendant-cache-mib bounds it)")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("pedigree.descendant.cache.roots", ledger, Ledger::descendantCacheRoots)
        .description("Entries whose descendant set is cached")
        .register(registry);
    BatchMeters.register(registry, ledger, config.batchSize());
    Vertx vertx = Vertx.builder()
        .with(vertxOptions())
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    HttpVerticle verticle = new HttpVerticle(config, ledger, health, registry);
    try {
      await(vertx.deployVerticle(verticle));
    } catch (ServerStartException e) {
      awaitQuietly(vertx.close());
      throw e;
    }
    return new Server(vertx, config.host(), verticle.actualPort());
  }

  private static VertxOptions vertxOptions() {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setEnabled(true)
        // Requests are labelled by route template, never by raw path, so that label cardinality
        // stays bounded whatever clients send. Pools are labelled by type and name: without
        // them, the worker pools' gauges share one name and all but the first are dropped.
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE,
            Label.POOL_TYPE, Label.POOL_NAME));
    return new VertxOptions()
        .setMetricsOptions(metrics)
        // Netty's epoll transport where it loads (Linux x86-64): less CPU per request on the event
        // loop than the JDK's selector. Elsewhere Vert.x uses NIO, as before.
        .setPreferNativeTransport(true)
        // The OpenAPI layer reads its meta-schemas from the classpath; it needs no file cache.
        .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false));
  }

  public int port() {
    return port;
  }

  /** Whether the event loops run on Netty's native transport (epoll) rather than JDK NIO. */
  boolean nativeTransport() {
    return vertx.isNativeTransportEnabled();
  }

  /** {@code http://HOST:PORT} with the actual port. */
  public String url() {
    String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port;
  }

  /**
   * What to close at shutdown, in order: undeploying closes the HTTP server (the verticle's), then
   * Vert.x itself. Callers append what they own (the ledger) after it.
   */
  public List<AutoCloseable> closeSequence() {
    return List.of(
        () -> join(Future.all(vertx.deploymentIDs().stream().map(vertx::undeploy).toList())),
        () -> join(vertx.close()));
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable step : closeSequence()) {
      step.close();
    }
  }

  private static <T> T await(Future<T> future) throws ServerStartException {
    try {
      return future.toCompletionStage().toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new ServerStartException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new ServerStartException("timed out after " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerStartException("interrupted", e);
    }
  }

  private static void join(Future<?> future) throws Exception {
    future.toCompletionStage().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void awaitQuietly(Future<?> future) {
    try {
      await(future);
    } catch (ServerStartException ignored) {
      // Already failing; the first error is the one to report.
    }
  }
}
