package dev.pedigree.ledger.service;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers of durable submissions, built on the pool by at most {@code drainers} tasks that
 * each take answers until none is left. The sequencer makes a whole batch durable at once: its
 * answers then cost the sequencer's thread a lock-free enqueue each and the pool a task and a
 * wake-up per drainer, rather than a task (and possibly a wake-up) per entry.
 */
final class AnswerQueue {
  private final Queue<Runnable> answers = new ConcurrentLinkedQueue<>();
  /** Drainers queued or running; at most {@link #drainers}. */
  private final AtomicInteger running = new AtomicInteger();
  private final Executor pool;
  private final int drainers;

  AnswerQueue(Executor pool, int drainers) {
    if (drainers < 1) {
      throw new IllegalArgumentException("drainers " + drainers + ", want at least 1");
    }
    this.pool = pool;
    this.drainers = drainers;
  }

  /**
   * Queues an answer; it runs on the pool soon, or here when the pool no longer takes tasks (it is
   * shutting down). {@code answer} must not throw.
   */
  void add(Runnable answer) {
    answers.add(answer);
    if (claim()) {
      try {
        pool.execute(this::drain);
      } catch (RejectedExecutionException e) {
        drain();
      }
    }
  }

  /** Reserves a drainer's place, if one is free. */
  private boolean claim() {
    for (int n = running.get(); n < drainers; n = running.get()) {
      if (running.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  private void drain() {
    while (true) {
      for (Runnable answer = answers.poll(); answer != null; answer = answers.poll()) {
        answer.run();
      }
      running.decrementAndGet();
      // An answer queued after the last poll, while every place looked taken, is this drainer's
      // to take: its adder did not start one.
      if (answers.isEmpty() || !claim()) {
        return;
      }
    }
  }
}
