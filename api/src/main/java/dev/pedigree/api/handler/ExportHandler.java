package dev.pedigree.api.handler;

import dev.pedigree.api.http.U64Params;
import dev.pedigree.api.problem.ProblemException;
import dev.pedigree.api.problem.ProblemType;
import dev.pedigree.ledger.service.Ledger;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * {@code GET /v1/log/export?from=I&to=J}: the leaves of {@code [I, J)}, each exactly as stored and
 * followed by one newline (DESIGN A8), streamed. Leaves are pulled a page at a time on a worker
 * thread and written on the event loop; the next page is read only once the connection's write
 * queue has room again, so a slow client holds one page in memory and no thread while it reads.
 */
public final class ExportHandler implements Handler<RoutingContext> {
  static final String MEDIA_TYPE = "application/jsonl";
  /** Leaves per read: about 256 KiB of typical records, under the store's page bound. */
  static final int PAGE = 256;
  private static final System.Logger LOG = System.getLogger(ExportHandler.class.getName());

  private final Ledger ledger;

  public ExportHandler(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long from = U64Params.value(ctx, "from");
    long to = U64Params.value(ctx, "to");
    // The whole range is checked before the status line: afterwards a problem cannot be sent.
    OffLoop.answer(ctx, () -> checkRange(from, to), (c, size) -> {
      c.response().setStatusCode(200).setChunked(true).putHeader("Content-Type", MEDIA_TYPE);
      page(c, from, to);
    });
  }

  private Long checkRange(long from, long to) throws Exception {
    long size = ledger.health().treeSize();
    // from and to above 2^63-1 are negative as longs.
    if (from < 0 || to < from || to > size) {
      throw new ProblemException(ProblemType.OUT_OF_RANGE, "from " + Long.toUnsignedString(from)
          + " and to " + Long.toUnsignedString(to) + ": want 0 <= from <= to <= " + size);
    }
    return size;
  }

  /** Reads {@code [from, min(to, from + PAGE))}, writes it, then continues once there is room. */
  private void page(RoutingContext ctx, long from, long to) {
    HttpServerResponse response = ctx.response();
    if (from == to) {
      response.end();
      return;
    }
    long end = Math.min(to, from + PAGE);
    OffLoop.run(ctx, () -> ledger.leaves(from, end)).onComplete(result -> {
      if (response.closed()) {
        return; // the client went away: stop reading
      }
      if (result.failed()) {
        // The status line is out: the only honest signal left is to cut the stream short.
        LOG.log(Level.ERROR, "export failed at leaf " + from, result.cause());
        response.reset();
        return;
      }
      response.write(lines(result.result()));
      if (response.writeQueueFull()) {
        // Once: a handler left in place would read this page's successor again at a later drain.
        response.drainHandler(v -> {
          response.drainHandler(null);
          page(ctx, end, to);
        });
      } else {
        page(ctx, end, to);
      }
    });
  }

  private static Buffer lines(List<byte[]> leaves) {
    int length = leaves.stream().mapToInt(l -> l.length + 1).sum();
    Buffer buffer = Buffer.buffer(length);
    for (byte[] leaf : leaves) {
      buffer.appendBytes(leaf).appendByte((byte) '\n');
    }
    return buffer;
  }
}
