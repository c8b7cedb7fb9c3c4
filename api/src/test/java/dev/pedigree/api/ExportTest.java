package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An export of many chunks, to a fast reader, a paused reader and one that hangs up. */
@ExtendWith(VertxExtension.class)
class ExportTest {
  private static final int RELEASES = 600;
  private static final Ed25519PrivateKey A = TestKeys.of("export A");
  private static TestServer server;
  private static byte[] whole;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path dir) throws Exception {
    server = TestServer.start(vertx, dir);
    assertEquals(201, server.post("/v1/entries",
        Envelopes.sign(Entries.bind("bulk", A), A)).statusCode());
    // Concurrent submissions: they share batches in the sequencer.
    List<Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
    for (int i = 0; i < RELEASES; i++) {
      byte[] body = Envelopes.sign(Entries.release("bulk/model-" + i, "1.0"), A);
      posts.add(server.client.post("/v1/entries").sendBuffer(Buffer.buffer(body)));
    }
    for (Future<HttpResponse<Buffer>> post : posts) {
      HttpResponse<Buffer> response =
          post.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      assertEquals(201, response.statusCode(), response.bodyAsString());
    }
    ByteArrayOutputStream want = new ByteArrayOutputStream();
    for (long i = 0; i <= RELEASES; i++) {
      want.write(server.ledger.leaf(i).orElseThrow());
      want.write('\n');
    }
    whole = want.toByteArray();
    assertTrue(whole.length > 4 * 64 * 1024, "several chunks: " + whole.length);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void export_manyChunks_everyLeafInOrder() throws Exception {
    HttpResponse<Buffer> response = server.get("/v1/log/export?from=0&to=" + (RELEASES + 1));
    assertEquals(200, response.statusCode());
    assertEquals("chunked", response.getHeader("Transfer-Encoding"));
    assertArrayEquals(whole, response.body().getBytes());
  }

  @Test
  void export_pausedReader_getsEverythingOnceResumed(Vertx vertx) throws Exception {
    HttpClient client = vertx.createHttpClient();
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    client.request(options()).compose(r -> r.send()).onSuccess(response -> {
      response.pause();
      Buffer received = Buffer.buffer();
      response.handler(received::appendBuffer);
      response.endHandler(v -> body.complete(received.getBytes()));
      response.exceptionHandler(body::completeExceptionally);
      // The server meets a full write queue while nothing is read.
      vertx.setTimer(500, t -> response.resume());
    }).onFailure(body::completeExceptionally);
    assertArrayEquals(whole, body.get(30, TimeUnit.SECONDS));
    client.close();
  }

  @Test
  void export_readerHangsUp_serverKeepsServing(Vertx vertx) throws Exception {
    HttpClient client = vertx.createHttpClient();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    client.request(options()).compose(r -> r.send()).onSuccess((HttpClientResponse response) -> {
      response.pause();
      response.request().connection().close().onComplete(v -> closed.complete(null));
    }).onFailure(closed::completeExceptionally);
    closed.get(30, TimeUnit.SECONDS);
    client.close();
    // Other exports still work in full: the abandoned one stopped reading at its next page.
    for (int i = 0; i < 6; i++) {
      HttpResponse<Buffer> response = server.get("/v1/log/export?from=0&to=" + (RELEASES + 1));
      assertArrayEquals(whole, response.body().getBytes());
    }
    assertEquals(200, server.get("/health").statusCode());
  }

  private static RequestOptions options() {
    return new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1")
        .setPort(server.server.port()).setURI("/v1/log/export?from=0&to=" + (RELEASES + 1));
  }
}
