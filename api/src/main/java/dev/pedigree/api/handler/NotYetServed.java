package dev.pedigree.api.handler;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * PLACEHOLDER for an operation whose ledger handler does not exist yet: answers 404
 * {@code not-found}. Replace each use with the real handler (one class per endpoint) and remove the
 * operation id from {@link #OPERATIONS}; delete this class when the list is empty.
 */
public final class NotYetServed implements Handler<RoutingContext> {

  /** The operation ids of {@code openapi.yaml} that still answer through this placeholder. */
  public static final List<String> OPERATIONS = List.of(
      "getCheckpoint",
      "getLogKey",
      "getLeaf",
      "getInclusionProof",
      "getConsistencyProof",
      "exportLeaves",
      "createEntry",
      "getBundle",
      "getLineage",
      "search",
      "getEntry",
      "getAttestations",
      "getRevocations",
      "getModel",
      "getModelVersion",
      "listNamespaceModels");

  private final String operationId;

  public NotYetServed(String operationId) {
    this.operationId = operationId;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.fail(new ProblemException(
        ProblemType.NOT_FOUND, "operation " + operationId + " is not served yet"));
  }
}
