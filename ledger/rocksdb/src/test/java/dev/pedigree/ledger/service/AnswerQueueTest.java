package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Answers run once each, on the pool, from at most as many pool tasks as drainers. */
class AnswerQueueTest {
  /** A pool that runs its tasks only when told: what was handed to it can be counted. */
  private static final class HeldPool implements java.util.concurrent.Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
        task.run();
      }
    }
  }

  @Test
  void add_aBatchOfAnswers_onePoolTaskPerDrainer() {
    HeldPool pool = new HeldPool();
    AnswerQueue queue = new AnswerQueue(pool, 2);
    List<Integer> ran = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      int n = i;
      queue.add(() -> ran.add(n));
    }

    assertEquals(2, pool.tasks.size());
    assertEquals(List.of(), ran);
    pool.runAll();
    assertEquals(256, ran.size());
    for (int i = 0; i < 256; i++) {
      assertEquals(i, ran.get(i));
    }

    queue.add(() -> ran.add(256)); // the drainers are done: a new one starts
    assertEquals(1, pool.tasks.size());
    pool.runAll();
    assertEquals(257, ran.size());
  }

  @Test
  void add_poolShutDown_runsTheAnswerHere() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.shutdown();
    AnswerQueue queue = new AnswerQueue(pool, 1);
    Thread[] ranOn = new Thread[1];

    queue.add(() -> ranOn[0] = Thread.currentThread());

    assertEquals(Thread.currentThread(), ranOn[0]);
  }

  @Test
  void add_fromManyThreads_eachAnswerRunsOnceOnThePool() throws Exception {
    int adders = 8;
    int each = 20_000;
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "answer-pool"));
    AnswerQueue queue = new AnswerQueue(pool, 2);
    AtomicIntegerArray ran = new AtomicIntegerArray(adders * each);
    AtomicInteger offPool = new AtomicInteger();
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger mostConcurrent = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(adders * each);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < adders; t++) {
      int base = t * each;
      threads.add(new Thread(() -> {
        for (int i = 0; i < each; i++) {
          int n = base + i;
          queue.add(() -> {
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            if (!Thread.currentThread().getName().equals("answer-pool")) {
              offPool.incrementAndGet();
            }
            ran.incrementAndGet(n);
            concurrent.decrementAndGet();
            done.countDown();
          });
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }

    assertTrue(done.await(60, TimeUnit.SECONDS), "answers left: " + done.getCount());
    pool.shutdown();
    for (int i = 0; i < ran.length(); i++) {
      assertEquals(1, ran.get(i), "answer " + i);
    }
    assertEquals(0, offPool.get());
    assertTrue(mostConcurrent.get() <= 2, "concurrent drainers: " + mostConcurrent.get());
  }

  @Test
  void constructor_noDrainer_refused() {
    assertThrows(IllegalArgumentException.class, () -> new AnswerQueue(Runnable::run, 0));
  }
}
