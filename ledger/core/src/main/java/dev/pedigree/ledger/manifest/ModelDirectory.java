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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Hashes a model directory into its {@link Manifest} (DESIGN A4), files in parallel. */
public final class ModelDirectory {
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
    found.sort(Comparator.comparingLong(DirectoryWalker.Found::size).reversed());
    long total = found.stream().mapToLong(DirectoryWalker.Found::size).sum();
    options.progress().started(found.size(), total);
    int threads = Math.min(options.threads(), Math.max(1, found.size()));
    return Manifest.of(hashAll(found, threads, options));
  }

  private static List<ManifestFile> hashAll(
      List<DirectoryWalker.Found> found, int threads, HashOptions options)
      throws ModelDirectoryException, InterruptedException {
    AtomicReferenceArray<ManifestFile> out = new AtomicReferenceArray<>(found.size());
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker =
        () -> {
          FileHasher hasher = new FileHasher(options.allowSymlinks(), options.progress());
          int i;
          while ((i = next.getAndIncrement()) < found.size()) {
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedException();
            }
            out.set(i, hasher.hash(found.get(i)));
          }
          return null;
        };
    if (threads == 1) {
      call(worker);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, ModelDirectory::daemon);
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

  private static void call(Callable<Void> worker)
      throws ModelDirectoryException, InterruptedException {
    try {
      worker.call();
    } catch (ModelDirectoryException | InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "pedigree-hash");
    t.setDaemon(true);
    return t;
  }
}
