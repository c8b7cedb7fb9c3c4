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
  /** Large enough that the per-read system call cost vanishes next to hashing. */
  static final int BUFFER_SIZE = 1 << 20;

  private static final OpenOption[] NO_FOLLOW = {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
  private static final OpenOption[] FOLLOW = {StandardOpenOption.READ};

  private final MessageDigest digest = Sha256.newDigest();
  private final byte[] array = new byte[BUFFER_SIZE];
  private final ByteBuffer buffer = ByteBuffer.wrap(array);
  private final boolean followSymlinks;
  private final HashProgress progress;

  FileHasher(boolean followSymlinks, HashProgress progress) {
    this.followSymlinks = followSymlinks;
    this.progress = progress;
  }

  ManifestFile hash(DirectoryWalker.Found f) throws ModelDirectoryException {
    digest.reset();
    long size = 0;
    // NOFOLLOW_LINKS (O_NOFOLLOW): a file swapped for a symlink after the walk is refused.
    try (FileChannel ch = FileChannel.open(f.file(), followSymlinks ? FOLLOW : NO_FOLLOW)) {
      int n;
      while ((n = ch.read(buffer.clear())) >= 0) {
        digest.update(array, 0, n);
        size += n;
        progress.hashed(n);
      }
    } catch (IOException e) {
      throw new ModelDirectoryException("cannot read " + FileNames.quote(f.path()) + ": " + e, e);
    }
    return new ManifestFile(f.path(), size, Bytes.copyOf(digest.digest()));
  }
}
