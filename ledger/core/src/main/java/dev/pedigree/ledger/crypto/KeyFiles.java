package dev.pedigree.ledger.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Ed25519 key files as {@code openssl pkey} reads and writes them ({@link PemKeys}). Private key
 * files are created with mode 0600 and are never readable by others, not even for a moment.
 */
public final class KeyFiles {
  /** A key file is a few hundred bytes; anything far larger is not one. */
  private static final int MAX_FILE_BYTES = 16 * 1024;

  private KeyFiles() {}

  /**
   * Reads a private key file.
   *
   * @throws KeyFormatException naming the file, when it is not an Ed25519 PKCS#8 PEM key
   */
  public static Ed25519PrivateKey readPrivateKey(Path file) throws IOException, KeyFormatException {
    String text = readSmall(file);
    try {
      return PemKeys.parsePrivateKey(text);
    } catch (KeyFormatException e) {
      throw new KeyFormatException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a public key file.
   *
   * @throws KeyFormatException naming the file, when it is not an Ed25519 SPKI PEM key
   */
  public static Ed25519PublicKey readPublicKey(Path file) throws IOException, KeyFormatException {
    String text = readSmall(file);
    try {
      return PemKeys.parsePublicKey(text);
    } catch (KeyFormatException e) {
      throw new KeyFormatException(file + ": " + e.getMessage(), e);
    }
  }

  private static String readSmall(Path file) throws IOException, KeyFormatException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new KeyFormatException(
          file + ": key file of " + size + " bytes, want at most " + MAX_FILE_BYTES);
    }
    return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
  }

  /**
   * Writes a private key file, mode 0600 from its creation on: it is never readable by others,
   * even briefly. With {@code overwrite}, an existing file is replaced atomically.
   *
   * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
   */
  public static void writePrivateKey(Path file, Ed25519PrivateKey key, boolean overwrite)
      throws IOException {
    byte[] pem = PemKeys.privateKeyPem(key).getBytes(StandardCharsets.US_ASCII);
    try {
      write(file, pem, overwrite, ownerOnly(file));
    } finally {
      Arrays.fill(pem, (byte) 0);
    }
  }

  /**
   * Writes a public key file.
   *
   * @throws FileAlreadyExistsException when the file exists and {@code overwrite} is false
   */
  public static void writePublicKey(Path file, Ed25519PublicKey key, boolean overwrite)
      throws IOException {
    write(file, PemKeys.publicKeyPem(key).getBytes(StandardCharsets.US_ASCII), overwrite);
  }

  private static FileAttribute<?>[] ownerOnly(Path file) {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }

  private static void write(Path file, byte[] content, boolean overwrite, FileAttribute<?>... attrs)
      throws IOException {
    if (!overwrite) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(file.toString(), null, "exists, not overwritten");
      }
      // CREATE_NEW is atomic: a file that appeared since the check is not overwritten either.
      writeNew(file, content, attrs);
      return;
    }
    // Write beside the target, then rename over it: readers see the old file or the new one.
    Path dir = file.toAbsolutePath().getParent();
    // createTempFile creates the file atomically with attrs: it is 0600 from its first moment.
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", attrs);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        writeFully(ch, content);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeNew(Path file, byte[] content, FileAttribute<?>... attrs)
      throws IOException {
    boolean done = false;
    try (FileChannel ch =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            attrs)) {
      try {
        writeFully(ch, content);
        done = true;
      } finally {
        if (!done) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void writeFully(FileChannel ch, byte[] content) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(content);
    while (b.hasRemaining()) {
      ch.write(b);
    }
    ch.force(true);
  }
}
