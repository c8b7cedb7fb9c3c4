package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.sequencer.BatchPlan.Done;
import dev.pedigree.ledger.sequencer.BatchPlan.Outcome;
import dev.pedigree.ledger.sequencer.BatchPlan.Refused;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The log's single writer (DESIGN B3). Submissions arrive parsed and with their signatures
 * verified; one thread takes them in batches of up to {@code batchSize}, waiting at most {@code
 * batchMillis} after the first for more (0: take what queued up during the previous write), builds
 * the batch, appends it with one synced write and only then completes every submission's future.
 * A failed write fails the whole batch and leaves the store and the in-memory state as they were.
 */
public final class Sequencer implements AutoCloseable {
  private record Pending(Prepared submission, CompletableFuture<Appended> future) {}

  private static final Pending STOP = new Pending(null, null);

  private final Store store;
  private final BatchBuilder builder;
  private final int batchSize;
  private final long batchNanos;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile TreeState state;
  private volatile boolean closed;
  private volatile BatchListener listener = (submissions, appended, nanos) -> { };

  private Sequencer(Store store, BatchBuilder builder, TreeState state, int batchSize,
      int batchMillis) {
    this.store = store;
    this.builder = builder;
    this.state = state;
    this.batchSize = batchSize;
    this.batchNanos = TimeUnit.MILLISECONDS.toNanos(batchMillis);
    this.thread = new Thread(this::run, "pedigree-sequencer");
  }

  /**
   * Starts the writer over {@code store}. An empty store first gets the signed checkpoint of the
   * empty tree (DESIGN A6), so that a checkpoint is always there to serve.
   */
  public static Sequencer start(Store store, StoreLedgerView view, NoteSigner signer, Clock clock,
      int batchSize, int batchMillis) throws StoreException {
    if (batchSize < 1 || batchMillis < 0) {
      throw new IllegalArgumentException(
          "batch of " + batchSize + " entries or " + batchMillis + " ms, want >= 1 and >= 0");
    }
    BatchBuilder builder = new BatchBuilder(store, view, signer, clock);
    TreeState state = TreeStates.load(store, builder);
    Sequencer sequencer = new Sequencer(store, builder, state, batchSize, batchMillis);
    sequencer.thread.setDaemon(true);
    sequencer.thread.start();
    return sequencer;
  }

  /**
   * Queues a verified submission; never blocks. The future completes once the entry is durable (or
   * was in the log already), or fails with the {@code RejectedException} that refused it, or with a
   * {@link StoreException} when its batch could not be written.
   *
   * <p>What does not depend on the entry's place in the log ({@link Prepared}) is worked out here,
   * on the caller's thread, before it is queued: the writer's thread is the log's bottleneck.
   */
  public CompletableFuture<Appended> submit(Submission submission) {
    CompletableFuture<Appended> future = new CompletableFuture<>();
    if (closed) {
      future.completeExceptionally(new StoreException("the sequencer is closed"));
      return future;
    }
    Prepared prepared;
    try {
      prepared = Prepared.of(submission);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return future;
    }
    queue.add(new Pending(prepared, future));
    if (closed && !thread.isAlive()) {
      failQueued(); // closed while queueing: nobody else will answer it
    }
    return future;
  }

  /** Told of each batch once it is durable (see {@link BatchListener}); replaces the last one. */
  public void onBatch(BatchListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** True while the writer thread runs and takes submissions. */
  public boolean alive() {
    return !closed && thread.isAlive();
  }

  /** The latest durable tree size. */
  public long size() {
    return state.size();
  }

  /** The latest durable root. */
  public Bytes root() {
    return state.root();
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(batchSize);
    while (true) {
      batch.clear();
      boolean stop;
      try {
        stop = take(batch);
      } catch (InterruptedException e) {
        stop = true;
      }
      if (!batch.isEmpty()) {
        write(batch);
      }
      if (stop) {
        failQueued();
        return;
      }
    }
  }

  /** Fills {@code batch}; true when the stop marker was taken. */
  private boolean take(List<Pending> batch) throws InterruptedException {
    Pending first = queue.take();
    if (first == STOP) {
      return true;
    }
    batch.add(first);
    long deadline = System.nanoTime() + batchNanos;
    while (batch.size() < batchSize) {
      Pending next = queue.poll();
      if (next == null) {
        long wait = deadline - System.nanoTime();
        if (wait <= 0 || (next = queue.poll(wait, TimeUnit.NANOSECONDS)) == null) {
          return false;
        }
      }
      if (next == STOP) {
        return true;
      }
      batch.add(next);
    }
    return false;
  }

  private void write(List<Pending> batch) {
    long start = System.nanoTime();
    List<Prepared> submissions = batch.stream().map(Pending::submission).toList();
    BatchPlan plan;
    try {
      plan = builder.build(state, submissions);
      if (plan.batch().isPresent()) {
        store.append(plan.batch().get());
      }
    } catch (StoreException | RuntimeException e) {
      batch.forEach(p -> p.future().completeExceptionally(e));
      return;
    }
    plan.batch().ifPresent(builder::written);
    long appended = plan.after().size() - state.size();
    state = plan.after();
    tell(batch.size(), (int) appended, System.nanoTime() - start);
    Head head = null; // the tree every answer of this batch is proved in; none if all refused
    for (int i = 0; i < batch.size(); i++) {
      Outcome outcome = plan.outcomes().get(i);
      CompletableFuture<Appended> future = batch.get(i).future();
      if (outcome instanceof Done done) {
        if (head == null) {
          head = new Head(state.size(), state.root(), state.checkpoint());
        }
        future.complete(done.at(head));
      } else {
        future.completeExceptionally(((Refused) outcome).reason());
      }
    }
  }

  private void tell(int submissions, int appended, long nanos) {
    try {
      listener.written(submissions, appended, nanos);
    } catch (RuntimeException e) {
      // Metrics only: the batch is durable and its submitters are answered regardless.
    }
  }

  private void failQueued() {
    Pending p;
    while ((p = queue.poll()) != null) {
      if (p != STOP) {
        p.future().completeExceptionally(new StoreException("the sequencer is closed"));
      }
    }
  }

  /** Stops taking submissions, finishes the batch in hand and fails what is still queued. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(STOP);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
