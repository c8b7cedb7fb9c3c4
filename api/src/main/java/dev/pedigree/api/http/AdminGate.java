package dev.pedigree.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.json.Json;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * In admin registration mode (DESIGN A9), the first binding of a namespace (a {@code key} entry
 * without {@code previous}) needs {@code Authorization: Bearer <PEDIGREE_ADMIN_TOKEN>}; otherwise
 * 401 {@code unauthorized}. Every later entry is decided by the ledger's key rules: only keys the
 * operator let in can sign for a namespace. Runs after {@link JsonBody}.
 */
public final class AdminGate implements Handler<RoutingContext> {
  static final String KEY_PREDICATE = "https://pedigree.dev/key/v1";
  private static final String SCHEME = "Bearer ";

  private final byte[] token;

  public AdminGate(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!authorized(ctx.request().getHeader("Authorization"))
        && isFirstBinding(JsonBody.tree(ctx))) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "binding the first keys of a namespace"
          + " needs the admin token on this server (Authorization: Bearer ...)");
    }
    ctx.next();
  }

  private boolean authorized(String header) {
    return header != null
        && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        // Constant-time comparison: the token must not leak through response timing.
        && MessageDigest.isEqual(
            token, header.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * True when the envelope's payload is a {@code key} statement without {@code previous}. A body
   * this cannot read (bad base64, payload not JSON) is let through: the ledger, whose parsing is
   * at least as strict as this one, refuses it with the specific problem.
   */
  static boolean isFirstBinding(JsonNode envelope) {
    JsonNode payload = envelope.path("payload");
    if (!payload.isTextual()) {
      return false;
    }
    JsonNode statement;
    try {
      statement = Json.mapper().readTree(CanonicalBase64.decode(payload.textValue()));
    } catch (Base64Exception | JsonProcessingException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException(e); // a byte array performs no I/O
    }
    return statement != null
        && KEY_PREDICATE.equals(statement.path("predicateType").textValue())
        && !statement.path("predicate").has("previous");
  }
}
