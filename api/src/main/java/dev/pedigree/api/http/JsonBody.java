package dev.pedigree.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.ledger.crypto.Bytes;
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
 */
public final class JsonBody implements Handler<RoutingContext> {
  private static final String KEY = "pedigree.rawBody";
  private static final String TREE_KEY = "pedigree.jsonBody";

  @Override
  public void handle(RoutingContext ctx) {
    Bytes raw = bytesOf(ctx.body());
    ctx.put(TREE_KEY, parse(raw));
    ctx.put(KEY, raw);
    ctx.next();
  }

  /** The body exactly as received; only on routes that run this handler. */
  public static Bytes raw(RoutingContext ctx) {
    Bytes raw = ctx.get(KEY);
    if (raw == null) {
      throw new IllegalStateException("no JsonBody handler ran for this route");
    }
    return raw;
  }

  /** The body parsed (for looking only: what the ledger reads is {@link #raw}). */
  public static JsonNode tree(RoutingContext ctx) {
    JsonNode tree = ctx.get(TREE_KEY);
    if (tree == null) {
      throw new IllegalStateException("no JsonBody handler ran for this route");
    }
    return tree;
  }

  /** Parses {@code raw} as a single JSON value, or throws a {@code malformed-json} problem. */
  static JsonNode parse(Bytes raw) {
    if (raw.length() == 0) {
      throw new ProblemException(ProblemType.MALFORMED_JSON, "the request body is empty");
    }
    try {
      return Json.mapper().readTree(raw.toByteArray());
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

  private static Bytes bytesOf(RequestBody body) {
    Buffer buffer = body == null ? null : body.buffer();
    return Bytes.copyOf(buffer == null ? new byte[0] : buffer.getBytes());
  }
}
