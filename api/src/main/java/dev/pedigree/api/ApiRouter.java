package dev.pedigree.api;

import dev.pedigree.api.config.Registration;
import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.api.handler.AttestationsHandler;
import dev.pedigree.api.handler.BundleHandler;
import dev.pedigree.api.handler.CheckpointHandler;
import dev.pedigree.api.handler.ConsistencyProofHandler;
import dev.pedigree.api.handler.CreateEntryHandler;
import dev.pedigree.api.handler.DescendantsHandler;
import dev.pedigree.api.handler.EntryHandler;
import dev.pedigree.api.handler.ExportHandler;
import dev.pedigree.api.handler.HealthHandler;
import dev.pedigree.api.handler.InclusionProofHandler;
import dev.pedigree.api.handler.LeafHandler;
import dev.pedigree.api.handler.LineageHandler;
import dev.pedigree.api.handler.LogKeyHandler;
import dev.pedigree.api.handler.MetricsHandler;
import dev.pedigree.api.handler.ModelHandler;
import dev.pedigree.api.handler.ModelVersionHandler;
import dev.pedigree.api.handler.NamespaceModelsHandler;
import dev.pedigree.api.handler.OpenApiDocumentHandler;
import dev.pedigree.api.handler.RevocationsHandler;
import dev.pedigree.api.handler.SearchHandler;
import dev.pedigree.api.handler.StoredHashCache;
import dev.pedigree.api.health.HealthSource;
import dev.pedigree.api.view.EntryDocument;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.api.http.AdminGate;
import dev.pedigree.api.http.FailureHandler;
import dev.pedigree.api.http.JsonBody;
import dev.pedigree.api.http.NameParams;
import dev.pedigree.api.http.ParameterValidation;
import dev.pedigree.api.http.U64Params;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the router from {@code openapi.yaml}: every operation id gets its handlers, and requests
 * are validated against the contract before they reach them, so the document and the code cannot
 * drift apart (an operation without a handler, or a handler without an operation, stops startup).
 */
final class ApiRouter {
  private static final Set<String> MODEL_ROUTES =
      Set.of("getModel", "getModelVersion", "listNamespaceModels");

  private ApiRouter() {}

  static Router build(
      Vertx vertx,
      OpenAPIContract contract,
      OpenApiDocument document,
      ServerConfig config,
      Ledger ledger,
      HealthSource health,
      PrometheusMeterRegistry registry) {
    EntryDocument documents = new EntryDocument(ledger);
    // One per router: a router serves one event loop, which alone reads and fills it.
    StoredHashCache hashes = StoredHashCache.ofMebibytes(config.hashCacheMib());
    Map<String, Handler<RoutingContext>> served = new LinkedHashMap<>();
    served.put("getOpenApi", new OpenApiDocumentHandler(document.yaml()));
    served.put("getHealth", new HealthHandler(health));
    served.put("getMetrics", new MetricsHandler(registry));
    served.put("getCheckpoint", new CheckpointHandler(ledger));
    served.put("getLogKey", new LogKeyHandler(ledger));
    served.put("getLeaf", new LeafHandler(ledger));
    served.put("getInclusionProof", new InclusionProofHandler(ledger, hashes));
    served.put("getConsistencyProof", new ConsistencyProofHandler(ledger));
    served.put("exportLeaves", new ExportHandler(ledger));
    served.put("createEntry", new CreateEntryHandler(ledger, registry, hashes));
    served.put("getBundle", new BundleHandler(ledger));
    served.put("getLineage", new LineageHandler(ledger));
    served.put("getDescendants", new DescendantsHandler(ledger));
    served.put("search", new SearchHandler(ledger));
    served.put("getEntry", new EntryHandler(documents));
    served.put("getAttestations", new AttestationsHandler(ledger, documents));
    served.put("getRevocations", new RevocationsHandler(ledger, documents));
    served.put("getModel", new ModelHandler(ledger));
    served.put("getModelVersion", new ModelVersionHandler(ledger, documents));
    served.put("listNamespaceModels", new NamespaceModelsHandler(ledger));
    Map<String, List<Handler<RoutingContext>>> handlers = new LinkedHashMap<>();
    served.forEach((operationId, handler) -> {
      List<Handler<RoutingContext>> chain = new ArrayList<>(frontOf(operationId, config));
      chain.add(handler);
      handlers.put(operationId, chain);
    });

    RouterBuilder builder = RouterBuilder.create(vertx, contract);
    // No file uploads: BodyHandler would otherwise create a directory in the working directory.
    builder.rootHandler(
        BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
    checkOneToOne(builder, handlers);
    for (OpenAPIRoute route : builder.getRoutes()) {
      String operationId = route.getOperation().getOperationId();
      // The router's own validation is off everywhere. createEntry's body is checked by the
      // handler chain, not by schema validation: the problems must be specific (malformed-json,
      // non-canonical, bad-base64...) and the bytes untouched. vertx-openapi reads "1.1" as a
      // number even for a string parameter, so NameParams checks the model routes' parameters as
      // text instead. Every other route's parameters are checked against the document by
      // ParameterValidation, which refuses what the router's validation refuses, at a fraction of
      // its cost.
      route.setDoValidation(false);
      if (!operationId.equals("createEntry") && !MODEL_ROUTES.contains(operationId)) {
        ParameterValidation.of(contract, route.getOperation()).ifPresent(route::addHandler);
      }
      handlers.get(operationId).forEach(route::addHandler);
    }

    Router router = builder.createRouter();
    FailureHandler failures = new FailureHandler(config.maxBodyBytes());
    router.route().failureHandler(failures);
    router.errorHandler(404, failures);
    router.errorHandler(405, failures);
    return router;
  }

  /** Handlers that run before an operation's own: u64 parsing, the raw body, the admin gate. */
  private static List<Handler<RoutingContext>> frontOf(String operationId, ServerConfig config) {
    return switch (operationId) {
      case "getLeaf" -> List.of(new U64Params(List.of("index")));
      case "getInclusionProof" -> List.of(new U64Params(List.of("index", "size")));
      case "getConsistencyProof" -> List.of(new U64Params(List.of("from", "to")));
      case "exportLeaves" -> List.of(new U64Params(List.of("from", "to")));
      case "getModel" -> List.of(new NameParams("namespace", "model"));
      case "getModelVersion" -> List.of(new NameParams("namespace", "model", "version"));
      case "listNamespaceModels" -> List.of(new NameParams("namespace"));
      case "createEntry" -> config.registration() == Registration.ADMIN
          ? List.of(new JsonBody(), new AdminGate(config.adminToken().orElseThrow()))
          : List.of(new JsonBody());
      default -> List.of();
    };
  }

  private static void checkOneToOne(
      RouterBuilder builder, Map<String, List<Handler<RoutingContext>>> handlers) {
    TreeSet<String> inContract = new TreeSet<>();
    builder.getRoutes().forEach(r -> inContract.add(r.getOperation().getOperationId()));
    if (!inContract.equals(new TreeSet<>(handlers.keySet()))) {
      TreeSet<String> unhandled = new TreeSet<>(inContract);
      unhandled.removeAll(handlers.keySet());
      TreeSet<String> unknown = new TreeSet<>(handlers.keySet());
      unknown.removeAll(inContract);
      throw new IllegalStateException("openapi.yaml and the handlers disagree: operations without"
          + " a handler " + unhandled + ", handlers without an operation " + unknown);
    }
  }
}
