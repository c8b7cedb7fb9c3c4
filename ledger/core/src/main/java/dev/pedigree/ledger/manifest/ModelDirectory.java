package dev.pedigree.ledger.manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Hashes a model directory into its {@link Manifest} (DESIGN A4), files in parallel. */
public final class ModelDirectory {
  /*
   * No lambdas, method references or streams on this path: a short run (one small file) spent a
   * good part of its time generating their classes at run time, before the first byte was read.
   */
  private static final Comparator<DirectoryWalker.Found> LARGEST_FIRST =
      new Comparator<>() {
        @Override
        public int compare(DirectoryWalker.Found a, DirectoryWalker.Found b) {
          return Long.compare(b.size(), a.size());
        }
      };

  private static final ThreadFactory DAEMONS =
      new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
          Thread t = new Thread(r, "pedigree-hash");
          t.setDaemon(true);
          return t;
        }
      };

  private ModelDirectory() {}

  /**
   * The manifest of a directory: walks it as OMS does, then hashes every file once.
   *
   * @throws ModelDirectoryException naming the path at fault: a symlink not allowed, a special
   *     file, a name a statement cannot carry, too many files, or a read error
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  public static Manifest hash(Path dir, HashOptions options)
      throws ModelDirectoryException, InterruptedException {
    List<DirectoryWalker.Found> found = DirectoryWalker.list(dir, options);
    // Largest first, so that the last file to finish is a small one.
    found.sort(LARGEST_FIRST);
    long total = 0;
    for (DirectoryWalker.Found f : found) {
      total += f.size();
    }
    options.progress().started(found.size(), total);
    int threads = Math.min(options.threads(), Math.max(1, found.size()));
    return Manifest.of(hashAll(found, threads, options));
  }

  /** Hashes the next file not yet taken until none is left; one per thread. */
  private static final class Worker implements Callable<Void> {
    private final List<DirectoryWalker.Found> found;
    private final AtomicReferenceArray<ManifestFile> out;
    private final AtomicInteger next;
    private final HashOptions options;

    Worker(
        List<DirectoryWalker.Found> found,
        AtomicReferenceArray<ManifestFile> out,
        AtomicInteger next,
        HashOptions options) {
      this.found = found;
      this.out = out;
      this.next = next;
      this.options = options;
    }

    @Override
    public Void call() throws ModelDirectoryException, InterruptedException {
      FileHasher hasher = new FileHasher(options.allowSymlinks(), options.progress());
      int i;
      while ((i = next.getAndIncrement()) < found.size()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        out.set(i, hasher.hash(found.get(i)));
      }
      return null;
    }
  }

  private static List<ManifestFile> hashAll(
      List<DirectoryWalker.Found> found, int threads, HashOptions options)
      throws ModelDirectoryException, InterruptedException {
    AtomicReferenceArray<ManifestFile> out = new AtomicReferenceArray<>(found.size());
    Worker worker = new Worker(found, out, new AtomicInteger(), options);
    if (threads == 1) {
      worker.call();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
      try {
        // Joined in completion order, so that the first failure surfaces at once.
        CompletionService<Void> done = new ExecutorCompletionService<>(pool);
        for (int t = 0; t < threads; t++) {
          done.submit(worker);
        }
        for (int t = 0; t < threads; t++) {
          join(done.take());
        }
      } finally {
        // On the first failure, interrupt the other workers rather than hash on for nothing.
        pool.shutdownNow();
      }
    }
    List<ManifestFile> files = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      files.add(out.get(i));
    }
    return files;
  }

  private static void join(Future<Void> f) throws ModelDirectoryException, InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ModelDirectoryException m) {
        throw new ModelDirectoryException(m.getMessage(), m);
      }
      if (cause instanceof InterruptedException) {
        throw new InterruptedException();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
