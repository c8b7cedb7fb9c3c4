package dev.pedigree.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** CPU time of every thread of this process by name, native threads included (Linux /proc). */
final class ThreadTicks {
  /** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms. */
  static final double MICROS_PER_TICK = 10_000;

  private ThreadTicks() {}

  /** utime + stime by thread name (trailing digits folded to #), in clock ticks. */
  static Map<String, Long> now() {
    Map<String, Long> ticks = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
              .replaceAll("[0-9]+$", "#");
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return Map.of(); // not Linux
    }
    return ticks;
  }

  /** What each thread name used since {@code before}, busiest first. */
  static Stream<Map.Entry<String, Long>> since(Map<String, Long> before) {
    return now().entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed());
  }

  /** Ticks since {@code before} of threads whose name starts with one of {@code prefixes}. */
  static long sum(Map<String, Long> before, String... prefixes) {
    return since(before)
        .filter(e -> Stream.of(prefixes).anyMatch(p -> e.getKey().startsWith(p)))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
