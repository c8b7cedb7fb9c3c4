package dev.pedigree.api.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.ledger.json.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/** Writes successful answers: JSON values, JSON text already encoded, plain text. */
final class Answers {
  // Encoded once (AsciiString): the response encoder copies these bytes as they are instead of
  // encoding a String's characters for every answer. The name keeps the case it always had.
  private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
  static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
  static final CharSequence TEXT = HttpHeaders.createOptimized("text/plain; charset=utf-8");

  private Answers() {}

  /** {@code value} serialised by the one configured mapper. */
  static void json(RoutingContext ctx, int status, Object value) {
    byte[] bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode answer", e);
    }
    bytes(ctx, status, JSON, bytes);
  }

  /** JSON text produced by the ledger (a bundle), sent as is. */
  static void jsonText(RoutingContext ctx, int status, String json) {
    bytes(ctx, status, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  static void text(RoutingContext ctx, String text) {
    bytes(ctx, 200, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  static void bytes(RoutingContext ctx, int status, CharSequence mediaType, byte[] bytes) {
    buffer(ctx, status, mediaType, Buffer.buffer(bytes));
  }

  static void buffer(RoutingContext ctx, int status, CharSequence mediaType, Buffer body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader(CONTENT_TYPE, mediaType)
        .end(body);
  }

  /** 404 {@code not-found} naming what is missing. */
  static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " is not in the log");
  }
}
