package dev.pedigree.api.handler;

import dev.pedigree.api.http.JsonBody;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.Rejections;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /v1/entries}: hands the exact body to the ledger, which parses, verifies and
 * sequences it off the event loop; answers {@code 201} once the entry is durable, {@code 200} when
 * the id was already in the log, with {@code {"id", "index", "leafHash", "bundle"}} (DESIGN A8).
 */
public final class CreateEntryHandler implements Handler<RoutingContext> {
  /** Counter of submissions, tagged {@code outcome} = created, existing, refused or failed. */
  public static final String APPENDS = "pedigree.appends";
  /** Time from receiving a body to its answer, tagged like {@link #APPENDS}. */
  public static final String APPEND_TIME = "pedigree.append.duration";

  private final Ledger ledger;
  private final MeterRegistry meters;
  private final StoredHashCache hashes;
  // Each outcome's meters, registered on its first use (as before: /metrics shows no outcome that
  // never happened) and then reused: a registry lookup builds and hashes the id and tags each time.
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  /** Each durable entry's leaf hash goes to {@code hashes}, of this router's event loop. */
  public CreateEntryHandler(Ledger ledger, MeterRegistry meters, StoredHashCache hashes) {
    this.ledger = ledger;
    this.meters = meters;
    this.hashes = hashes;
  }

  @Override
  public void handle(RoutingContext ctx) {
    byte[] body = JsonBody.raw(ctx);
    Timer.Sample sample = Timer.start(meters);
    Future.fromCompletionStage(ledger.submit(body), ctx.vertx().getOrCreateContext())
        .onComplete(result -> {
          if (result.succeeded()) {
            Registration r = result.result();
            outcome(r.created() ? "created" : "existing", "none").count(sample);
            Answers.buffer(ctx, r.created() ? 201 : 200, Answers.JSON, answer(r));
            // After the answer: a later request on this loop finds the new leaf's hashes.
            hashes.keepLeaf(r.index(), r.leafHash().toByteArray());
            return;
          }
          Throwable cause = unwrap(result.cause());
          if (cause instanceof RejectedException refusal) {
            outcome("refused", refusal.rejection().slug()).count(sample);
            ctx.fail(problem(refusal, body));
          } else {
            outcome("failed", "none").count(sample);
            ctx.fail(cause);
          }
        });
  }

  /**
   * The bundle is JSON the ledger wrote; it is embedded as is rather than parsed again, and
   * encoded once, straight into the answer's buffer.
   */
  static Buffer answer(Registration r) {
    byte[] bundle = r.bundleJson().toByteArray();
    return Buffer.buffer(bundle.length + 256)
        .appendString("{\"id\":\"" + r.id() + "\",\"index\":" + r.index() + ",\"leafHash\":\""
            + r.leafHash().hex() + "\",\"bundle\":")
        .appendBytes(bundle)
        .appendString("}");
  }

  /**
   * The problem of a refusal. A body the ledger found malformed is read again with Jackson, off
   * the path of every valid body: one that is not JSON at all gets the detail it had when it was
   * refused before reaching the ledger ("the request body is not JSON at byte ...").
   */
  private static ProblemException problem(RejectedException refusal, byte[] body) {
    if (refusal.rejection() == Rejection.MALFORMED_JSON) {
      Optional<ProblemException> notJson = JsonBody.notJson(body);
      if (notJson.isPresent()) {
        return notJson.get();
      }
    }
    return Rejections.problem(refusal);
  }

  private Outcome outcome(String outcome, String problem) {
    // The key of the common outcomes is the constant itself: no string is built per request.
    String key = problem.equals("none") ? outcome : outcome + " " + problem;
    Outcome found = outcomes.get(key);
    return found != null ? found : outcomes.computeIfAbsent(key, k -> new Outcome(
        meters.counter(APPENDS, "outcome", outcome, "problem", problem),
        meters.timer(APPEND_TIME, "outcome", outcome)));
  }

  /** The meters one outcome of a submission counts and times. */
  private record Outcome(Counter counter, Timer timer) {
    void count(Timer.Sample sample) {
      counter.increment();
      sample.stop(timer);
    }
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
