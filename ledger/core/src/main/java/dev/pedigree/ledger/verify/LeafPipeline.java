package dev.pedigree.ledger.verify;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Leaves prepared by a bounded pool of workers and handed, in index order, to one consumer on the
 * thread that submits them. At most {@link #WINDOW} leaves are in flight, so memory stays bounded
 * whatever the export's size. Not thread-safe: one thread submits and consumes.
 */
final class LeafPipeline {
  /** Leaves in flight: enough to keep the workers busy while the in-order stage runs. */
  static final int WINDOW = 4096;

  private final ExecutorService pool;
  private final KeyCache keys;
  private final Consumer<PreparedLeaf> inOrder;
  private final ArrayDeque<Future<PreparedLeaf>> inFlight = new ArrayDeque<>();

  LeafPipeline(int workers, KeyCache keys, Consumer<PreparedLeaf> inOrder) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers " + workers + ", want at least 1");
    }
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "audit-worker");
              t.setDaemon(true); // an auditor never finished must not keep the JVM alive
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    this.pool = executor;
    this.keys = keys;
    this.inOrder = inOrder;
  }

  /** Queues the leaf at {@code index}, then hands on every leaf ready in order. */
  void submit(long index, byte[] leaf) {
    inFlight.add(pool.submit(() -> LeafStage.prepare(index, leaf, keys)));
    while (!inFlight.isEmpty() && (inFlight.size() >= WINDOW || inFlight.peek().isDone())) {
      inOrder.accept(take());
    }
  }

  /** Hands on every leaf still in flight, waiting for each. */
  void drain() {
    while (!inFlight.isEmpty()) {
      inOrder.accept(take());
    }
  }

  /** Drops the leaves in flight unread (nothing after a bad index is checked) and the workers. */
  void stop() {
    inFlight.forEach(f -> f.cancel(false));
    inFlight.clear();
    pool.shutdown();
  }

  private PreparedLeaf take() {
    Future<PreparedLeaf> next = inFlight.poll();
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("audit interrupted");
    } catch (ExecutionException e) {
      // LeafStage reports every expected failure in its result: anything thrown is a bug.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
