package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The log's single writer (DESIGN B3). Submissions arrive parsed and with their signatures
 * verified; one thread decides them in order, in batches of up to {@code batchSize}, and a second
 * appends each finished batch with one synced write, so that the next batch is built while the
 * previous one syncs (decided a burst at a time, a few times per write). A batch closes when it is full, or once the write
 * before it has finished and {@code batchMillis} have passed since its first submission, taking
 * what is queued by then (0: what queued up during the previous write). Every submission is
 * answered only once its own batch is durable.
 *
 * <p>A batch built while an earlier one was being written is checked against that batch's
 * entries; if the earlier write fails, the store is as it was before it, the batch built on it
 * fails too and the in-memory state returns to the last durable batch. Writes are in order, one
 * at a time.
 */
public final class Sequencer implements AutoCloseable {
  private static final Pending STOP = new Pending(null, null);
  /**
   * While a write is in flight the sequencer's thread wakes when it ends or after this long,
   * then decides what queued meanwhile: a few wake-ups per write, not one per submission.
   */
  private static final long GATHER_NANOS = TimeUnit.MICROSECONDS.toNanos(250);

  private final Store store;
  private final BatchBuilder builder;
  private final int batchSize;
  private final long batchNanos;
  private final BlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
  private final Thread thread;
  private final ExecutorService writer;
  /** The state as of the latest durable batch; written by the writer's thread. */
  private volatile TreeState durable;
  private volatile boolean closed;

  // Owned by the sequencer's thread.
  /** The batch handed to the writer whose end the sequencer's thread has not taken note of. */
  private Flight flight;
  private OpenBatch open;
  /** The flight {@link #open} is built on, or null when it was opened on durable state. */
  private Flight openOn;
  private List<Pending> openPending;
  private long openDeadline;

  private Sequencer(Store store, BatchBuilder builder, TreeState state, int batchSize,
      int batchMillis) {
    this.store = store;
    this.builder = builder;
    this.durable = state;
    this.batchSize = batchSize;
    this.batchNanos = TimeUnit.MILLISECONDS.toNanos(batchMillis);
    this.thread = new Thread(this::run, "pedigree-sequencer");
    this.writer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pedigree-writer");
      t.setDaemon(true);
      return t;
    });
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
   * {@link StoreException} when its batch, or a batch before it, could not be written.
   */
  public CompletableFuture<Appended> submit(Submission submission) {
    CompletableFuture<Appended> future = new CompletableFuture<>();
    if (closed) {
      future.completeExceptionally(new StoreException("the sequencer is closed"));
      return future;
    }
    queue.add(new Pending(submission, future));
    if (closed && !thread.isAlive()) {
      failQueued(); // closed while queueing: nobody else will answer it
    }
    return future;
  }

  /** True while the writer thread runs and takes submissions. */
  public boolean alive() {
    return !closed && thread.isAlive();
  }

  /** The latest durable tree size. */
  public long size() {
    return durable.size();
  }

  /** The latest durable root. */
  public Bytes root() {
    return durable.root();
  }

  private void run() {
    boolean stopping = false;
    while (true) {
      try {
        if (step(stopping)) {
          stopping = true;
        }
      } catch (InterruptedException e) {
        stopping = true;
      }
      if (stopping && open == null && flight == null) {
        break;
      }
    }
    writer.shutdown();
    failQueued();
  }

  /**
   * One step of the sequencer's thread: take note of a finished write, hand a finished batch to
   * the writer, or wait for a submission, the write's end or the batch's deadline. True when the
   * stop marker was taken.
   */
  private boolean step(boolean stopping) throws InterruptedException {
    settle();
    boolean full = open != null && open.count() >= batchSize;
    if (open != null && flight == null && (stopping || full)) {
      handOff();
      return false;
    }
    if (stopping || full) {
      awaitFlight(Long.MAX_VALUE); // nothing to take until the write in flight ends
      return false;
    }
    if (flight != null) {
      awaitFlight(GATHER_NANOS);
      return takeQueued();
    }
    Pending next;
    if (open == null) {
      next = queue.takeFirst();
    } else {
      long wait = openDeadline - System.nanoTime();
      // Past the deadline, the batch takes what is queued already and then goes.
      next = wait > 0 ? queue.pollFirst(wait, TimeUnit.NANOSECONDS) : queue.pollFirst();
      if (next == null && wait <= 0) {
        handOff();
        return false;
      }
    }
    if (next == null) {
      return false;
    }
    if (next == STOP) {
      return true;
    }
    settle(); // a write may have ended while waiting: never build on a batch that failed
    take(next);
    return false;
  }

  /** Decides what is queued, up to a full batch, without waiting; true at the stop marker. */
  private boolean takeQueued() {
    for (int room = batchSize - (open == null ? 0 : open.count()); room > 0; room--) {
      Pending next = queue.pollFirst();
      if (next == null) {
        return false;
      }
      if (next == STOP) {
        return true;
      }
      settle(); // never build on a batch that failed
      take(next);
    }
    return false;
  }

  /** Decides a submission in the open batch, opening one first if needed. */
  private void take(Pending next) {
    boolean first = open == null;
    if (first) {
      openOn = flight;
      openPending = new ArrayList<>(batchSize);
      openDeadline = System.nanoTime() + batchNanos;
    }
    openPending.add(next);
    try {
      if (first) {
        open = flight == null
            ? builder.open(durable, Optional.empty())
            : builder.open(flight.plan().after(), Optional.of(flight.plan()));
      }
      open.add(next.submission());
    } catch (StoreException | RuntimeException e) {
      // As when a batch is built at once: a failed read fails the whole batch.
      openPending.forEach(p -> p.future().completeExceptionally(e));
      open = null;
    }
  }

  /** Closes the open batch and appends it; the writer is idle. */
  private void handOff() {
    List<Pending> pending = openPending;
    OpenBatch batch = open;
    open = null;
    BatchPlan plan;
    try {
      plan = batch.close();
    } catch (StoreException | RuntimeException e) {
      pending.forEach(p -> p.future().completeExceptionally(e));
      return;
    }
    if (plan.batch().isEmpty()) {
      Flight.answer(plan, pending); // decided against durable state only: nothing to write
      return;
    }
    Flight next = new Flight(plan, pending, new CompletableFuture<>());
    flight = next;
    writer.execute(() -> write(next));
  }

  /**
   * On the writer's thread: append, then answer the batch's submissions. The sequencer's thread
   * learns of the write's end first, so that what a client sends once answered is never built on
   * a batch that failed.
   */
  private void write(Flight f) {
    try {
      store.append(f.plan().batch().orElseThrow());
    } catch (StoreException | RuntimeException | Error e) {
      f.written().completeExceptionally(e);
      f.pending().forEach(p -> p.future().completeExceptionally(e));
      if (e instanceof Error error) {
        throw error;
      }
      return;
    }
    durable = f.plan().after();
    f.written().complete(null);
    Flight.answer(f.plan(), f.pending());
  }

  /**
   * Takes note of a finished write: the rules' view learns what became durable, or, when it
   * failed, the batch built on it fails too and the next one starts from the durable state.
   */
  private void settle() {
    if (flight == null || !flight.written().isDone()) {
      return;
    }
    Flight done = flight;
    flight = null;
    if (!done.written().isCompletedExceptionally()) {
      done.plan().batch().ifPresent(builder::written);
      return;
    }
    if (open != null && openOn == done) {
      Throwable cause = done.written().handle((v, e) -> e).join();
      StoreException failed = new StoreException(
          "not written: the batch before it failed: " + cause.getMessage(), cause);
      openPending.forEach(p -> p.future().completeExceptionally(failed));
      open = null;
    }
  }

  /** Waits at most {@code nanos} for the write in flight to end. */
  private void awaitFlight(long nanos) throws InterruptedException {
    if (flight == null) {
      return;
    }
    try {
      flight.written().get(nanos, TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // settle() answers for a failed write; a running one is waited for again
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

  /** Stops taking submissions, finishes the batches in hand and fails what is still queued. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(STOP);
    try {
      thread.join();
      writer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
