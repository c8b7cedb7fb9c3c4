package dev.pedigree.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pedigree.ledger.json.Json;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** The one place that writes {@code application/problem+json} bodies (RFC 9457). */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** Ends {@code response} with {@code problem}; does nothing if a response was already sent. */
  public static Future<Void> write(HttpServerResponse response, Problem problem) {
    if (response.headWritten() || response.ended() || response.closed()) {
      return Future.succeededFuture();
    }
    return response
        .setStatusCode(problem.status())
        .putHeader("Content-Type", MEDIA_TYPE)
        .putHeader("Cache-Control", "no-store")
        .end(Buffer.buffer(encode(problem)));
  }

  /** The problem's JSON bytes. */
  public static byte[] encode(Problem problem) {
    try {
      return Json.mapper().writeValueAsBytes(problem.members());
    } catch (JsonProcessingException e) {
      // A map of strings and an int always serialises; reaching here is a programming error.
      throw new IllegalStateException("cannot encode problem " + problem.type(), e);
    }
  }
}
