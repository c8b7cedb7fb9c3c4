package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/**
 * Opens the directory of a store: creates a store in a missing or empty directory, opens an
 * existing one after checking its format version, and refuses anything else.
 */
final class StoreDirectory {
  /**
   * The on-disk format this build writes and reads; bump it with any change of {@link Keys}, and
   * keep reading older versions or refuse them by name.
   */
  static final int FORMAT_VERSION = 1;

  private StoreDirectory() {}

  static Handles open(Path dir) throws StoreException {
    boolean create = isMissingOrEmpty(dir);
    if (!create) {
      requireStoreFamilies(dir);
    }
    Handles handles;
    try {
      Files.createDirectories(dir);
      handles = Handles.open(dir.toString(), create);
    } catch (IOException | RocksDBException e) {
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
    try {
      if (create) {
        handles.db.put(handles.cf(Family.META), handles.syncWrites, Keys.META_FORMAT,
            ByteBuffer.allocate(4).putInt(FORMAT_VERSION).array());
      } else {
        checkFormat(dir, handles.db.get(handles.cf(Family.META), Keys.META_FORMAT));
      }
      return handles;
    } catch (RocksDBException e) {
      handles.close();
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      handles.close();
      throw e;
    }
  }

  private static boolean isMissingOrEmpty(Path dir) throws StoreException {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException("store path " + dir + " is not a directory");
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.findAny().isEmpty();
    } catch (IOException e) {
      throw new StoreException("cannot list store directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void requireStoreFamilies(Path dir) throws StoreException {
    if (!Files.isRegularFile(dir.resolve("CURRENT"))) {
      throw new StoreException(
          "directory " + dir + " is not empty and holds no Pedigree store; refusing to use it");
    }
    Set<String> present = new HashSet<>();
    try (Options options = new Options()) {
      List<byte[]> names = RocksDB.listColumnFamilies(options, dir.toString());
      names.forEach(n -> present.add(new String(n, java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (RocksDBException e) {
      throw new StoreException("cannot read store " + dir + ": " + e.getMessage(), e);
    }
    for (Family family : Family.values()) {
      if (!present.contains(family.displayName())) {
        throw new StoreException("directory " + dir + " holds a RocksDB database without column "
            + "family " + family.displayName() + ": not a Pedigree store");
      }
    }
  }

  private static void checkFormat(Path dir, byte[] value) throws StoreException {
    if (value == null || value.length != 4) {
      throw new StoreException("store " + dir + " has no format version: not a Pedigree store");
    }
    int version = ByteBuffer.wrap(value).getInt();
    if (version > FORMAT_VERSION) {
      throw new StoreException("store " + dir + " has format version " + version
          + ", newer than this build reads (" + FORMAT_VERSION + "): upgrade Pedigree");
    }
    if (version != FORMAT_VERSION) {
      throw new StoreException("store " + dir + " has unknown format version " + version
          + ", want " + FORMAT_VERSION);
    }
  }
}
