package dev.pedigree.api.http;

import dev.pedigree.api.problem.Problem;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.api.problem.Problems;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import java.lang.System.Logger.Level;

/**
 * Turns every failure into a problem+json response. Known failures become their problem type;
 * anything unexpected is logged with its stack trace and answered 500 without internals.
 */
public final class FailureHandler implements Handler<RoutingContext> {
  private static final System.Logger LOG = System.getLogger(FailureHandler.class.getName());
  private static final int MAX_ECHOED_PATH = 256;

  private final int maxBodyBytes;

  public FailureHandler(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Problems.write(ctx.response(), problemFor(ctx));
  }

  private Problem problemFor(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof ProblemException problem) {
      return problem.problem();
    }
    // The OpenAPI router fails with the ValidatorException itself or wrapped in a 400.
    ValidatorException invalid = validatorException(failure);
    if (invalid != null) {
      return ValidationProblems.of(ctx, invalid);
    }
    if (failure == null || failure instanceof HttpException) {
      int status = failure == null ? ctx.statusCode() : ((HttpException) failure).getStatusCode();
      if (status >= 400 && status < 500) {
        return forClientStatus(ctx, status);
      }
    }
    LOG.log(Level.ERROR, "request " + ctx.request().method() + " " + path(ctx) + " failed", failure);
    return Problem.ofStatus(
        500, "Internal Server Error", "the request could not be completed; the error was logged");
  }

  private Problem forClientStatus(RoutingContext ctx, int status) {
    return switch (status) {
      case 404 -> Problem.of(ProblemType.NOT_FOUND, "no resource at " + path(ctx));
      case 413 -> Problem.of(
          ProblemType.TOO_LARGE, "request body is larger than " + maxBodyBytes + " bytes");
      case 401 -> Problem.of(ProblemType.UNAUTHORIZED, "missing or wrong admin token");
      case 405 -> Problem.ofStatus(
          405, "Method Not Allowed", ctx.request().method() + " is not allowed on " + path(ctx));
      default -> Problem.ofStatus(
          status, HttpResponseStatus.valueOf(status).reasonPhrase(), "the request was refused");
    };
  }

  private static ValidatorException validatorException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ValidatorException invalid) {
        return invalid;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String path(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path == null) {
      return "(no path)";
    }
    return path.length() <= MAX_ECHOED_PATH ? path : path.substring(0, MAX_ECHOED_PATH) + "...";
  }
}
