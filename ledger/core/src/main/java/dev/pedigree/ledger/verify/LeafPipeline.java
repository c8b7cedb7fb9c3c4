package dev.pedigree.ledger.verify;

import java.util.ArrayDeque;
import java.util.Arrays;
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
 * thread that submits them. Leaves go to the workers in batches of {@link #BATCH}, so that a
 * hand-off between threads (a queued task, a wake-up) is paid once a batch, not once a leaf. At most
 * {@link #WINDOW} leaves are in flight, so memory stays bounded whatever the export's size. Not
 * thread-safe: one thread submits and consumes.
 */
final class LeafPipeline {
  /** Leaves a worker prepares in one task. */
  static final int BATCH = 64;

  /** Leaves in flight: enough to keep the workers busy while the in-order stage runs. */
  static final int WINDOW = 4096;

  private static final int BATCHES = WINDOW / BATCH;

  private final ExecutorService pool;
  private final KeyCache keys;
  private final Consumer<PreparedLeaf> inOrder;
  private final ArrayDeque<Future<PreparedLeaf[]>> inFlight = new ArrayDeque<>();
  private byte[][] batch = new byte[BATCH][];
  private int batched;
  private long batchStart;

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

  /**
   * Adds the leaf at {@code index} (indexes come one after the other) to the batch being filled;
   * when the batch is full, queues it and hands on at most one batch: the oldest, waited for if
   * the window is full, else only if it is ready. Handing on no more than one batch for each
   * queued keeps the workers' queue full: the in-order stage never runs through many ready batches
   * while the workers wait for the next.
   */
  void submit(long index, byte[] leaf) {
    if (batched == 0) {
      batchStart = index;
    }
    batch[batched++] = leaf;
    if (batched == BATCH) {
      queueBatch();
      if (inFlight.size() >= BATCHES || inFlight.peek().isDone()) {
        handOn(take());
      }
    }
  }

  /** Hands on every leaf submitted so far, waiting for each. */
  void drain() {
    if (batched > 0) {
      queueBatch();
    }
    while (!inFlight.isEmpty()) {
      handOn(take());
    }
  }

  /** Drops the leaves in flight unread (nothing after a bad index is checked) and the workers. */
  void stop() {
    inFlight.forEach(f -> f.cancel(false));
    inFlight.clear();
    Arrays.fill(batch, null);
    batched = 0;
    pool.shutdown();
  }

  private void queueBatch() {
    byte[][] leaves = batched == BATCH ? batch : Arrays.copyOf(batch, batched);
    long start = batchStart;
    inFlight.add(pool.submit(() -> prepare(start, leaves)));
    batch = new byte[BATCH][];
    batched = 0;
  }

  private PreparedLeaf[] prepare(long start, byte[][] leaves) {
    PreparedLeaf[] prepared = new PreparedLeaf[leaves.length];
    for (int i = 0; i < leaves.length; i++) {
      prepared[i] = LeafStage.prepare(start + i, leaves[i], keys);
    }
    return prepared;
  }

  private void handOn(PreparedLeaf[] prepared) {
    for (PreparedLeaf leaf : prepared) {
      inOrder.accept(leaf);
    }
  }

  private PreparedLeaf[] take() {
    Future<PreparedLeaf[]> next = inFlight.poll();
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
