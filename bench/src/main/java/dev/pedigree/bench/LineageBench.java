package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.lineage.Descendants;
import dev.pedigree.ledger.lineage.Direction;
import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Descendant queries at 10^5 descendants and the resident size of a served ledger (DESIGN B4,
 * B5). Three modes, each a separate JVM so that the memory figures are the serving process's:
 *
 * <ul>
 *   <li>{@code tree DIR [N]}: a root release and N (100,000) descendants appended through
 *       {@code Ledger.submit} (signed, verified, sequenced, durable), fan-out 10 by levels, with
 *       merges; then the timings: the first transitive count after opening, direct count + first
 *       page of 1,000, transitive count + first page walked without the cache (what a cold count
 *       costs) and through it, the full id set, and the existing {@code lineage} query limited
 *       to 1,000 nodes.
 *   <li>{@code grow DIR [K]}: on a tree built by {@code tree}, rounds of K (1,000) derivations
 *       of random entries of the subtree appended, each followed by a timed transitive count +
 *       first page: the cost of catching a cached count up with the log.
 *   <li>{@code fill DIR [N]}: N (1,000,000) signed releases through the ledger's own sequencer.
 *   <li>{@code serve DIR [SECONDS]}: opens the ledger in DIR and serves random reads (entry,
 *       bundle, inclusion proof), then prints VmRSS, VmHWM and the heap used after a full GC.
 * </ul>
 *
 * <p>{@code java [-Xmx...] -cp bench/target/benchmarks.jar dev.pedigree.bench.LineageBench MODE
 * DIR [ARG]}
 */
public final class LineageBench {
  static final Ed25519PrivateKey KEY = key();

  private LineageBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LineageBench tree|grow|fill|serve DIR [N|SECONDS]");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    System.out.println("JVM flags: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    switch (args[0]) {
      case "tree" -> tree(dir, args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
      case "grow" -> LineageGrowth.grow(dir, args.length > 2 ? Integer.parseInt(args[2]) : 1000);
      case "fill" -> LineageFill.fill(dir, args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
      case "serve" -> serve(dir, args.length > 2 ? Integer.parseInt(args[2]) : 30);
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void tree(Path dir, int n) throws Exception {
    Path rootFile = dir.resolve("root.txt");
    String root;
    if (Files.exists(rootFile)) {
      root = Files.readString(rootFile).strip();
    } else {
      root = LineageTree.build(dir, n);
      Files.writeString(rootFile, root + "\n");
    }
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      System.out.printf("root %s: %d children; load average %s%n", root,
          ledger.childCount(root).orElseThrow(), loadAverage());
      // The first count after opening walks the subtree (JIT cold too); later ones hit the cache.
      long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long first = ledger.descendantCount(root).orElseThrow()
          + ledger.descendants(root, Optional.empty(), 1000).orElseThrow().items().size();
      System.out.printf("%-45s %8.2f ms  CPU %8.2f ms  (answer %d)%n",
          "first transitive count + page after open", (System.nanoTime() - start) / 1e6,
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6,
          first);
      time("direct count + first page of 1,000", 20, 100, () -> {
        long count = ledger.childCount(root).orElseThrow();
        int page = ledger.descendants(root, Optional.empty(), 1000).orElseThrow().items().size();
        return count + page;
      });
      Descendants uncached = new Descendants(ledger.store());
      time("transitive count + first page, walked (cold)", 5, 50, () -> {
        long count = uncached.count(root).orElseThrow();
        int page = ledger.descendants(root, Optional.empty(), 1000).orElseThrow().items().size();
        return count + page;
      });
      time("transitive count + first page of 1,000", 5, 50, () -> {
        long count = ledger.descendantCount(root).orElseThrow();
        int page = ledger.descendants(root, Optional.empty(), 1000).orElseThrow().items().size();
        return count + page;
      });
      time("full id set", 5, 50, () -> ledger.descendantIds(root).orElseThrow().size());
      time("lineage(descendants, depth 10, limit 1,000)", 5, 50,
          () -> ledger.lineage(root, Direction.DESCENDANTS, 10, 1000).orElseThrow().nodes()
              .size());
      System.out.println("load average after: " + loadAverage());
    }
  }

  interface Query {
    long run() throws Exception;
  }

  private static void time(String what, int warm, int runs, Query query) throws Exception {
    long answer = 0;
    for (int i = 0; i < warm; i++) {
      answer = query.run();
    }
    // Wall time, and the CPU time of this thread (the walk's calls into RocksDB run on it too):
    // the second is what a loaded machine disturbs least.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long got = query.run();
      nanos[i] = System.nanoTime() - start;
      cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      if (got != answer) {
        throw new IllegalStateException(what + ": answer " + got + ", earlier " + answer);
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf("%-45s median %8.2f ms  p99 %8.2f ms  min %8.2f ms  CPU median %8.2f ms"
        + "  (%d runs after %d warm-up; answer %d)%n", what, nanos[runs / 2] / 1e6,
        nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[0] / 1e6, cpu[runs / 2] / 1e6, runs,
        warm, answer);
  }

  private static void serve(Path dir, int seconds) throws Exception {
    printMemory("before open");
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      long size = Long.parseLong(ledger.checkpoint().split("\n")[1]);
      printMemory("ledger open, size " + size);
      SplittableRandom random = new SplittableRandom(1);
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      long reads = 0;
      while (System.nanoTime() < deadline) {
        long index = random.nextLong(size);
        String id = EntryReader.parse(index,
            Bytes.copyOf(ledger.leaf(index).orElseThrow())).id();
        ledger.entry(id).orElseThrow();
        ledger.bundle(id).orElseThrow();
        ledger.inclusionProof(index, size);
        reads++;
      }
      System.out.printf("served %d random reads (leaf, entry, bundle, inclusion proof) in %d s,"
          + " load average %s%n", reads, seconds, loadAverage());
      printMemory("while serving");
    }
  }

  private static void printMemory(String when) throws Exception {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
    String rss = status.stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
        .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("?");
    System.out.printf("%-30s %s; heap used after GC %.1f MB (committed %.1f MB)%n", when + ":",
        rss, heap / 1e6, committed / 1e6);
  }

  private static Ed25519PrivateKey key() {
    try {
      return Ed25519PrivateKey.fromSeed(Sha256.hash("lineage".getBytes(StandardCharsets.UTF_8)));
    } catch (KeyFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
