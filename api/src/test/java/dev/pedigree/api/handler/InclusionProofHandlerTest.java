package dev.pedigree.api.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pedigree.api.http.FailureHandler;
import dev.pedigree.api.http.JsonBody;
import dev.pedigree.api.http.U64Params;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inclusion proofs served through the handler's cache of stored hashes, over a real ledger: the
 * same answers as the ledger reading its store, whatever the cache holds, and no worker thread
 * for a proof whose hashes it holds.
 */
class InclusionProofHandlerTest {
  /** Every stored hash of 131,072 leaves. */
  private static final int CAPACITY = 1 << 18;

  private static final Ed25519PrivateKey KEY = TestKeys.of("inclusion proofs");
  /** How long a test holds the one worker thread, and how soon an answer without it must come. */
  private static final int HELD_SECONDS = 60;
  private static final int ANSWERED_SECONDS = 10;

  @TempDir Path dir;
  private Ledger ledger;
  private Vertx vertx;
  private WebClient client;

  @BeforeEach
  void open() throws Exception {
    ledger = Ledger.open(new LedgerConfig(dir, Optional.empty(), 64, 0, Clock.systemUTC()));
    ledger.submit(Envelopes.sign(Entries.bind("proofs", KEY), KEY)).join();
    append(0, 20);
    // One worker thread, so that a test can hold it.
    vertx = Vertx.vertx(new VertxOptions().setWorkerPoolSize(1));
    client = WebClient.create(vertx);
  }

  @AfterEach
  void close() throws Exception {
    client.close();
    await(vertx.close());
    ledger.close();
  }

  private void append(int from, int to) {
    for (int i = from; i < to; i++) {
      ledger.submit(Envelopes.sign(Entries.release("proofs/m" + i, "1.0"), KEY)).join();
    }
  }

  private HttpServer serve(int cacheCapacity) throws Exception {
    Router router = Router.router(vertx);
    router.get("/proof").handler(new U64Params(List.of("index", "size")))
        .handler(new InclusionProofHandler(ledger, new StoredHashCache(cacheCapacity)));
    router.route().failureHandler(new FailureHandler(1024));
    return await(vertx.createHttpServer().requestHandler(router).listen(0));
  }

  private Future<HttpResponse<Buffer>> get(HttpServer server, long index, long size) {
    return client.get(server.actualPort(), "127.0.0.1",
        "/proof?index=" + index + "&size=" + size).send();
  }

  /** Every proof of every size, twice (read, then cached), as the ledger reads it from store. */
  private void everyProofTwice(HttpServer server) throws Exception {
    long current = ledger.health().treeSize();
    for (int round = 0; round < 2; round++) {
      for (long size = 1; size <= current; size++) {
        for (long index = 0; index < size; index++) {
          HttpResponse<Buffer> response = await(get(server, index, size));
          assertEquals(200, response.statusCode(), response.bodyAsString());
          String want = new String(ProofJson.of("index", index, "treeSize", size,
              ledger.inclusionProof(index, size)), StandardCharsets.UTF_8);
          assertEquals(want, response.bodyAsString(), index + " in " + size);
        }
      }
    }
  }

  @Test
  void proofs_defaultCache_sameAsTheStore_alsoAfterAppends() throws Exception {
    HttpServer server = serve(CAPACITY);
    everyProofTwice(server);
    append(20, 33); // new subtrees complete; what was kept stays true
    everyProofTwice(server);
  }

  @Test
  void proofs_cacheOfFourSlots_sameAsTheStore() throws Exception {
    everyProofTwice(serve(4)); // nearly every read evicts another
  }

  @Test
  void proofs_outOfRange_sameProblemsAsBefore() throws Exception {
    HttpServer server = serve(CAPACITY);
    for (long[] pair : new long[][] {{21, 21}, {0, 22}, {5, 3}, {4, 0}}) {
      HttpResponse<Buffer> response = await(get(server, pair[0], pair[1]));
      assertEquals(400, response.statusCode());
      assertEquals("https://pedigree.dev/problems/out-of-range",
          response.bodyAsJsonObject().getString("type"));
      assertEquals("index " + pair[0] + " and size " + pair[1]
          + ": want 0 <= index < size <= 21", response.bodyAsJsonObject().getString("detail"));
    }
  }

  @Test
  void proof_cached_answeredWhileTheWorkerIsBusy() throws Exception {
    HttpServer server = serve(CAPACITY);
    assertEquals(200, await(get(server, 3, 21)).statusCode()); // read once: now cached
    CountDownLatch release = new CountDownLatch(1);
    Future<Void> busy = vertx.executeBlocking(() -> {
      release.await(HELD_SECONDS, TimeUnit.SECONDS);
      return null;
    }, false);
    Future<HttpResponse<Buffer>> uncached = get(server, 4, 17);
    HttpResponse<Buffer> cached = await(get(server, 3, 21), ANSWERED_SECONDS);
    assertEquals(200, cached.statusCode());
    assertFalse(uncached.isComplete(), "the uncached proof needs the worker thread");
    release.countDown();
    await(busy);
    assertEquals(200, await(uncached).statusCode());
  }

  @Test
  void registrations_fillTheCache_proofOfNewEntriesWithoutAWorker() throws Exception {
    StoredHashCache cache = new StoredHashCache(CAPACITY);
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    router.post("/entries").handler(new JsonBody())
        .handler(new CreateEntryHandler(ledger, new SimpleMeterRegistry(), cache));
    router.get("/proof").handler(new U64Params(List.of("index", "size")))
        .handler(new InclusionProofHandler(ledger, cache));
    router.route().failureHandler(new FailureHandler(1024));
    HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0));
    for (int i = 20; i < 47; i++) { // entries 21 to 47, so [32, 48) is all registrations
      byte[] body = Envelopes.sign(Entries.release("proofs/m" + i, "1.0"), KEY);
      assertEquals(201, await(client.post(server.actualPort(), "127.0.0.1", "/entries")
          .sendBuffer(Buffer.buffer(body))).statusCode());
    }
    // The proof of 32 in 33 reads the one other hash that of 40 in 48 needs: the root of [0, 32).
    assertEquals(200, await(get(server, 32, 33)).statusCode());
    CountDownLatch release = new CountDownLatch(1);
    Future<Void> busy = vertx.executeBlocking(() -> {
      release.await(HELD_SECONDS, TimeUnit.SECONDS);
      return null;
    }, false);
    try {
      HttpResponse<Buffer> response = await(get(server, 40, 48), ANSWERED_SECONDS);
      assertEquals(new String(ProofJson.of("index", 40, "treeSize", 48,
          ledger.inclusionProof(40, 48)), StandardCharsets.UTF_8), response.bodyAsString());
    } finally {
      release.countDown();
    }
    await(busy);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return await(future, 30);
  }

  private static <T> T await(Future<T> future, int seconds) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }
}
