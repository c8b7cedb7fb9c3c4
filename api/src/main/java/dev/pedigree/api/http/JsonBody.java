package dev.pedigree.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.ledger.json.Json;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.Optional;

/**
 * Keeps the exact bytes of the request body for the handler: what is hashed and stored is the
 * bytes as sent (DESIGN A1), so nothing in front of the handler may re-serialise them.
 *
 * <p>Nothing is parsed here, on the event loop: the ledger parses every body off it, more strictly
 * than Jackson does, and refuses one that is not JSON. Only when it has, {@link #notJson} reads the
 * body again to give the problem the detail it always had. A handler that looks inside (the admin
 * gate) asks for {@link #tree}, which refuses a body that is not JSON the same way.
 */
public final class JsonBody implements Handler<RoutingContext> {
  private static final String KEY = "pedigree.rawBody";
  private static final String TREE_KEY = "pedigree.jsonBody";

  @Override
  public void handle(RoutingContext ctx) {
    ctx.put(KEY, bytesOf(ctx.body()));
    ctx.next();
  }

  /**
   * The body exactly as received, only on routes that run this handler: the request's own copy,
   * shared with nothing but this request's handlers, which must not change it.
   */
  public static byte[] raw(RoutingContext ctx) {
    byte[] raw = ctx.get(KEY);
    if (raw == null) {
      throw new IllegalStateException("no JsonBody handler ran for this route");
    }
    return raw;
  }

  /** The body parsed (for looking only: what the ledger reads is {@link #raw}). */
  public static JsonNode tree(RoutingContext ctx) {
    JsonNode tree = ctx.get(TREE_KEY);
    if (tree == null) {
      tree = parse(raw(ctx));
      ctx.put(TREE_KEY, tree);
    }
    return tree;
  }

  /**
   * The {@code malformed-json} problem of a body that is not one JSON value, with the detail of
   * Jackson's error (where it is and what), or empty when Jackson reads it; for a body the ledger
   * refused as malformed, whose own detail is then the answer.
   */
  public static Optional<ProblemException> notJson(byte[] raw) {
    try {
      parse(raw);
      return Optional.empty();
    } catch (ProblemException e) {
      return Optional.of(e);
    }
  }

  /** Parses {@code raw} as a single JSON value, or throws a {@code malformed-json} problem. */
  static JsonNode parse(byte[] raw) {
    if (raw.length == 0) {
      throw new ProblemException(ProblemType.MALFORMED_JSON, "the request body is empty");
    }
    try {
      return Json.mapper().readTree(raw);
    } catch (JsonProcessingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
      throw new ProblemException(ProblemType.MALFORMED_JSON,
          "the request body is not JSON" + (offset >= 0 ? " at byte " + offset : "")
              + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      // Reading a byte array performs no I/O; only parse errors can reach the client.
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytesOf(RequestBody body) {
    Buffer buffer = body == null ? null : body.buffer();
    return buffer == null ? new byte[0] : buffer.getBytes();
  }
}
