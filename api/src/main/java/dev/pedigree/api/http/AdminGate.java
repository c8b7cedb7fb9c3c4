package dev.pedigree.api.http;

import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * In admin registration mode (DESIGN A9), lets a write through only with
 * {@code Authorization: Bearer <PEDIGREE_ADMIN_TOKEN>}; otherwise 401 {@code unauthorized}.
 */
public final class AdminGate implements Handler<RoutingContext> {
  private static final String SCHEME = "Bearer ";

  private final byte[] token;

  public AdminGate(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    boolean ok = header != null
        && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        // Constant-time comparison: the token must not leak through response timing.
        && MessageDigest.isEqual(
            token, header.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      throw new ProblemException(ProblemType.UNAUTHORIZED,
          "this server accepts entries only with the admin token (Authorization: Bearer ...)");
    }
    ctx.next();
  }
}
