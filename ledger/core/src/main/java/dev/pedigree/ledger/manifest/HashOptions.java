package dev.pedigree.ledger.manifest;

import java.util.List;
import java.util.Objects;

/**
 * How to hash a model directory.
 *
 * @param threads how many files to hash at once
 * @param ignore extra paths to leave out, relative {@code /}-separated; a directory's whole tree
 * @param allowSymlinks hash a symlink's target instead of refusing it (as OMS's option)
 * @param progress told as bytes are hashed
 */
public record HashOptions(
    int threads, List<String> ignore, boolean allowSymlinks, HashProgress progress) {
  public static final int MAX_THREADS = 256;

  public HashOptions {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads " + threads + ", want 1 to " + MAX_THREADS);
    }
    ignore = List.copyOf(ignore);
    Objects.requireNonNull(progress, "progress");
  }

  /** All cores, nothing extra ignored, symlinks refused, no progress. */
  public static HashOptions defaults() {
    int cores = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    return new HashOptions(cores, List.of(), false, HashProgress.NONE);
  }

  public HashOptions withThreads(int n) {
    return new HashOptions(n, ignore, allowSymlinks, progress);
  }

  public HashOptions withIgnore(List<String> paths) {
    return new HashOptions(threads, paths, allowSymlinks, progress);
  }

  public HashOptions withSymlinksAllowed(boolean allowed) {
    return new HashOptions(threads, ignore, allowed, progress);
  }

  public HashOptions withProgress(HashProgress p) {
    return new HashOptions(threads, ignore, allowSymlinks, p);
  }
}
