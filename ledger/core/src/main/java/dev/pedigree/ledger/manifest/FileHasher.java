package dev.pedigree.ledger.manifest;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/** Hashes one file in one pass with large reads; one instance per thread. */
final class FileHasher {
  /**
   * Measured on x86-64 with SHA-NI, JDK 17, files in the page cache: an aligned direct buffer of 64
   * KiB to 1 MiB hashes at about 1.3 GB per CPU-second, as fast as mmap and a little faster than
   * openssl; heap buffers through a channel cost one more copy.
   */
  static final int BUFFER_SIZE = 256 << 10;

  /**
   * The buffer starts on a page. {@code allocateDirect} takes its memory from malloc, aligned to 16
   * bytes only; on the AMD EPYC measured, the kernel copied from the page cache into a destination
   * 16 bytes off a 32-byte boundary four times slower (0.23 instead of 0.06 CPU-seconds per 512
   * MiB), which made the whole hash 30% slower. Where malloc's block fell varied from run to run
   * and thread to thread (blocks served by mmap start 16 bytes past a page), and so did the speed.
   */
  static final int ALIGNMENT = 4096;

  /** Progress is reported about every 4 MiB, not on every read. */
  private static final long REPORT_EVERY = 4L << 20;

  private static final OpenOption[] NO_FOLLOW = {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
  private static final OpenOption[] FOLLOW = {StandardOpenOption.READ};

  private final MessageDigest digest = Sha256.newDigest();
  private final ByteBuffer buffer = alignedBuffer();
  private final boolean followSymlinks;
  private final HashProgress progress;

  FileHasher(boolean followSymlinks, HashProgress progress) {
    this.followSymlinks = followSymlinks;
    this.progress = progress;
  }

  /** A direct buffer of {@link #BUFFER_SIZE} bytes whose start is {@link #ALIGNMENT}-aligned. */
  static ByteBuffer alignedBuffer() {
    return ByteBuffer.allocateDirect(BUFFER_SIZE + ALIGNMENT)
        .alignedSlice(ALIGNMENT)
        .limit(BUFFER_SIZE)
        .slice();
  }

  ManifestFile hash(DirectoryWalker.Found f) throws ModelDirectoryException {
    digest.reset();
    long size = 0;
    long unreported = 0;
    // NOFOLLOW_LINKS (O_NOFOLLOW): a file swapped for a symlink after the walk is refused.
    try (FileChannel ch = FileChannel.open(f.file(), followSymlinks ? FOLLOW : NO_FOLLOW)) {
      int n;
      while ((n = ch.read(buffer.clear())) >= 0) {
        digest.update(buffer.flip());
        size += n;
        unreported += n;
        if (unreported >= REPORT_EVERY) {
          progress.hashed(unreported);
          unreported = 0;
        }
      }
    } catch (IOException e) {
      throw new ModelDirectoryException("cannot read " + FileNames.quote(f.path()) + ": " + e, e);
    }
    if (unreported > 0) {
      progress.hashed(unreported);
    }
    return new ManifestFile(f.path(), size, Bytes.copyOf(digest.digest()));
  }
}
