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

/**
 * Checks that the request body is one JSON value (400 {@code malformed-json} otherwise) and keeps
 * the exact bytes for the handler: what is hashed and stored is the bytes as sent (DESIGN A1), so
 * nothing in front of the handler may re-serialise them.
 *
 * <p>The check reads the body's tokens once ({@link JsonCheck}) without building a tree, which
 * only a handler that looks inside asks for ({@link #tree}); any body that check does not accept
 * is parsed as a tree, which gives the problem its exact detail.
 */
public final class JsonBody implements Handler<RoutingContext> {
  private static final String KEY = "pedigree.rawBody";
  private static final String TREE_KEY = "pedigree.jsonBody";

  @Override
  public void handle(RoutingContext ctx) {
    byte[] raw = bytesOf(ctx.body());
    if (!JsonCheck.isOneValue(raw)) {
      // Throws the malformed-json problem; a body the tree parser takes after all (whitespace
      // only, which it reads as "missing") goes on, as it did when every body was parsed so.
      ctx.put(TREE_KEY, parse(raw));
    }
    ctx.put(KEY, raw);
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
