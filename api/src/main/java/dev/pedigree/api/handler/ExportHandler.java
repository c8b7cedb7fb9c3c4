package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.api.problem.Rejections;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code GET /v1/log/export?from=I&to=J}: the leaves of {@code [I, J)}, each exactly as stored and
 * followed by one newline (DESIGN A8), streamed. The ledger pushes leaves on a worker thread; they
 * are gathered into chunks, and the worker waits whenever the connection's write queue is full
 * until it drains, so a slow client holds one chunk in memory, never the whole export.
 */
public final class ExportHandler implements Handler<RoutingContext> {
  static final String MEDIA_TYPE = "application/jsonl";
  static final int CHUNK_BYTES = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(ExportHandler.class.getName());

  private final Ledger ledger;
  private final WorkerExecutor executor;

  /** {@code executor} runs the exports: long tasks that must not starve the shared worker pool. */
  public ExportHandler(Ledger ledger, WorkerExecutor executor) {
    this.ledger = ledger;
    this.executor = executor;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long from = U64Params.value(ctx, "from");
    long to = U64Params.value(ctx, "to");
    Stream stream = new Stream(ctx.response(), ctx.vertx().getOrCreateContext());
    executor.<Buffer>executeBlocking(() -> {
      ledger.export(from, to, stream::accept);
      return stream.rest();
    }, false).onComplete(result -> {
      HttpServerResponse response = ctx.response();
      if (result.succeeded()) {
        stream.head();
        response.end(result.result());
      } else if (!response.headWritten() && !stream.gone) {
        Throwable cause = result.cause();
        ctx.fail(cause instanceof RejectedException r ? Rejections.problem(r) : cause);
      } else if (!stream.gone) {
        // The status line is out: the only honest signal left is to cut the stream short.
        LOG.log(Level.ERROR, "export [" + from + ", " + to + ") failed mid-stream", result.cause());
        response.reset();
      }
    });
  }

  /** The chunks of one export: filled on the worker, written on the event loop. */
  private static final class Stream {
    private final HttpServerResponse response;
    private final Context loop;
    private Buffer chunk = Buffer.buffer(CHUNK_BYTES + 1024);
    // Event-loop state.
    private CompletableFuture<Void> pending;
    private volatile boolean gone;

    Stream(HttpServerResponse response, Context loop) {
      this.response = response;
      this.loop = loop;
      response.closeHandler(v -> {
        gone = true;
        if (pending != null) {
          pending.completeExceptionally(new ClientGoneException());
        }
      });
    }

    /** Worker: one leaf and its newline; hands a full chunk over and waits if the queue is full. */
    void accept(byte[] leaf) {
      chunk.appendBytes(leaf).appendByte((byte) '\n');
      if (chunk.length() >= CHUNK_BYTES) {
        Buffer full = chunk;
        chunk = Buffer.buffer(CHUNK_BYTES + 1024);
        send(full);
      }
    }

    /** Worker: what is left after the last leaf. */
    Buffer rest() {
      return chunk;
    }

    private void send(Buffer full) {
      CompletableFuture<Void> written = new CompletableFuture<>();
      loop.runOnContext(v -> write(full, written));
      try {
        written.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClientGoneException();
      } catch (ExecutionException e) {
        // Ends the ledger's walk over the leaves: nobody is reading any more.
        throw new ClientGoneException();
      }
    }

    /** Event loop: writes a chunk; completes once the connection can take the next one. */
    private void write(Buffer full, CompletableFuture<Void> written) {
      if (gone || response.closed()) {
        written.completeExceptionally(new ClientGoneException());
        return;
      }
      head();
      response.write(full);
      if (response.writeQueueFull()) {
        pending = written;
        response.drainHandler(d -> {
          pending = null;
          written.complete(null);
        });
      } else {
        written.complete(null);
      }
    }

    /** Event loop: the status line and headers, once. */
    void head() {
      if (!response.headWritten()) {
        response.setStatusCode(200).setChunked(true).putHeader("Content-Type", MEDIA_TYPE);
      }
    }
  }

  /** The client closed the connection during an export. */
  private static final class ClientGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGoneException() {
      super("the client closed the connection", null, false, false);
    }
  }
}
