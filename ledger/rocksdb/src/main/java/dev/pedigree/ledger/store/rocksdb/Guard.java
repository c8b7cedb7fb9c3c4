package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.RocksDBException;

/**
 * Runs calls against the open database and closes it once none is running: freeing native handles
 * under a running call would crash the JVM. Turns RocksDB's errors into {@link StoreException}.
 */
final class Guard {
  /** A read or write against the open database; {@code X} is a visitor's own exception. */
  @FunctionalInterface
  interface Call<T, X extends Exception> {
    T run() throws RocksDBException, StoreException, X;
  }

  private final Path dir;
  private final Handles handles;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  Guard(Path dir, Handles handles) {
    this.dir = dir;
    this.handles = handles;
  }

  <T, X extends Exception> T call(Call<T, X> body) throws StoreException, X {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new StoreException("store " + dir + " is closed");
      }
      return body.run();
    } catch (RocksDBException e) {
      throw new StoreException("store " + dir + ": " + e.getMessage(), e);
    } finally {
      lock.readLock().unlock();
    }
  }

  byte[] get(Family family, byte[] key) throws StoreException {
    return call(() -> handles.db.get(handles.cf(family), key));
  }

  /** Waits for running calls, then releases every native handle; idempotent. */
  void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        handles.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
