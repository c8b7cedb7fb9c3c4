package dev.pedigree.bench;

import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A cached transitive count caught up with the log: on a tree built by {@code LineageBench tree},
 * rounds of {@code k} derivations of random entries of the root's subtree (one in 50 a merge of
 * two), each round appended through {@code Ledger.submit} and followed by one timed transitive
 * count + first page of 1,000, which reads the parents of the {@code k} new entries.
 */
final class LineageGrowth {
  private static final int ROUNDS = 12;

  private LineageGrowth() {}

  static void grow(Path dir, int k) throws Exception {
    String root = Files.readString(dir.resolve("root.txt")).strip();
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      List<String> subtree = ledger.descendantIds(root).orElseThrow();
      long count = ledger.descendantCount(root).orElseThrow(); // walks once: cached from here
      System.out.printf("root %s: %d descendants; load average %s%n", root, count,
          LineageBench.loadAverage());
      SplittableRandom random = new SplittableRandom(ledger.store().size());
      double[] millis = new double[ROUNDS];
      double[] cpuMillis = new double[ROUNDS];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int round = 0; round < ROUNDS; round++) {
        List<String> parents = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
          parents.add(subtree.get(random.nextInt(subtree.size())));
        }
        // A level number no earlier round or run used, so that every name is new.
        int level = 1_000 + (int) (ledger.store().size() / k);
        List<byte[]> bodies = IntStream.range(0, k).parallel()
            .mapToObj(i -> LineageTree.derivation(level, i, parents)).toList();
        subtree = new ArrayList<>(subtree);
        subtree.addAll(LineageTree.submit(ledger, bodies));
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long now = ledger.descendantCount(root).orElseThrow();
        int page = ledger.descendants(root, Optional.empty(), 1000).orElseThrow().items().size();
        millis[round] = (System.nanoTime() - start) / 1e6;
        cpuMillis[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        if (now != count + k || page != 1000) {
          throw new IllegalStateException("count " + now + " after " + count + " and " + k
              + " more, page " + page);
        }
        count = now;
      }
      System.out.printf("count + first page after each %d appended, %d rounds: %s ms;"
          + " load average %s%n", k, ROUNDS, Arrays.toString(Arrays.stream(millis)
              .map(m -> Math.round(m * 100) / 100.0).toArray()), LineageBench.loadAverage());
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      double[] cpu = cpuMillis.clone();
      Arrays.sort(cpu);
      System.out.printf("median %.2f ms, min %.2f ms, max %.2f ms; CPU median %.2f ms, min %.2f"
          + " ms, max %.2f ms%n", sorted[ROUNDS / 2], sorted[0], sorted[ROUNDS - 1],
          cpu[ROUNDS / 2], cpu[0], cpu[ROUNDS - 1]);
    }
  }
}
