package dev.pedigree.ledger.manifest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists a model directory's file set as OMS does (DESIGN A4): every regular file except
 * {@code .git/}, {@code .github/}, {@code .gitattributes} and {@code .gitignore} at the root and the
 * caller's ignore paths; symlinks only when allowed (their target is hashed); nothing else.
 */
final class DirectoryWalker {
  /** Left out at the root, as OMS leaves them out. */
  static final Set<String> ROOT_IGNORED = Set.of(".git", ".github", ".gitattributes", ".gitignore");

  /** Directories visited at most, so that a tree of empty directories cannot run us out. */
  static final int MAX_DIRECTORIES = 4 * Manifest.MAX_FILES;

  /** A file to hash: its manifest path and where to read it. */
  record Found(String path, Path file, long size) {}

  private final Path root;
  private final Set<String> ignored;
  private final boolean allowSymlinks;

  private DirectoryWalker(Path root, Set<String> ignored, boolean allowSymlinks) {
    this.root = root;
    this.ignored = ignored;
    this.allowSymlinks = allowSymlinks;
  }

  static List<Found> list(Path root, HashOptions options) throws ModelDirectoryException {
    if (!Files.isDirectory(root)) {
      throw new ModelDirectoryException(
          Files.exists(root, LinkOption.NOFOLLOW_LINKS)
              ? root + " is not a directory"
              : root + ": no such directory");
    }
    Set<String> ignored = new HashSet<>(ROOT_IGNORED);
    for (String p : options.ignore()) {
      ignored.add(normaliseIgnore(p));
    }
    return new DirectoryWalker(root, ignored, options.allowSymlinks()).walk();
  }

  private static String normaliseIgnore(String p) throws ModelDirectoryException {
    String s = p;
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.startsWith("/") || s.equals("..") || s.startsWith("../")
        || s.contains("/../") || s.endsWith("/..")) {
      throw new ModelDirectoryException(
          "ignore path " + FileNames.quote(p) + " is not a path inside the model directory");
    }
    return s;
  }

  private List<Found> walk() throws ModelDirectoryException {
    List<Found> found = new ArrayList<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.push("");
    int directories = 0;
    while (!pending.isEmpty()) {
      if (++directories > MAX_DIRECTORIES) {
        throw new ModelDirectoryException(
            root + " has more than " + MAX_DIRECTORIES + " directories");
      }
      String dir = pending.pop();
      for (Path child : children(dir)) {
        String name = child.getFileName().toString();
        String path = dir.isEmpty() ? name : dir + "/" + name;
        if (ignored.contains(path)) {
          continue;
        }
        checkName(path, name);
        BasicFileAttributes attrs = attributes(path, child);
        if (attrs.isDirectory()) {
          pending.push(path);
          continue;
        }
        long size;
        if (attrs.isRegularFile()) {
          size = attrs.size();
        } else if (attrs.isSymbolicLink()) {
          size = symlinkTargetSize(path, child);
        } else {
          throw new ModelDirectoryException(
              "path " + FileNames.quote(path)
                  + " is not a regular file (a FIFO, socket or device): refused");
        }
        if (found.size() == Manifest.MAX_FILES) {
          throw new ModelDirectoryException(
              root + " has more than " + Manifest.MAX_FILES + " files, the most a manifest holds");
        }
        found.add(new Found(path, child, size));
      }
    }
    return found;
  }

  private List<Path> children(String dir) throws ModelDirectoryException {
    Path d = dir.isEmpty() ? root : root.resolve(dir);
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(d)) {
      for (Path p : stream) {
        out.add(p);
      }
    } catch (IOException e) {
      throw new ModelDirectoryException("cannot list " + d + ": " + e, e);
    }
    return out;
  }

  private static void checkName(String path, String name) throws ModelDirectoryException {
    // A name that is not valid UTF-8 (or any non-ASCII name under a non-UTF-8 locale) reaches
    // Java with U+FFFD in place of its bytes: the path would not name the file on disk.
    if (name.indexOf('\uFFFD') >= 0) {
      throw new ModelDirectoryException(
          "path " + FileNames.quote(path) + " is not valid UTF-8 or contains U+FFFD"
              + " (file names are read as " + System.getProperty("sun.jnu.encoding") + ")");
    }
    try {
      FileNames.check(path);
    } catch (FileNameException e) {
      throw new ModelDirectoryException(e.getMessage() + ": a statement cannot carry it", e);
    }
  }

  private static BasicFileAttributes attributes(String path, Path p)
      throws ModelDirectoryException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new ModelDirectoryException("cannot read " + FileNames.quote(path) + ": " + e, e);
    }
  }

  private long symlinkTargetSize(String path, Path link) throws ModelDirectoryException {
    if (!allowSymlinks) {
      throw new ModelDirectoryException(
          "path " + FileNames.quote(path) + " is a symlink: refused unless symlinks are allowed");
    }
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(link, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ModelDirectoryException(
          "symlink " + FileNames.quote(path) + " points to nothing", e);
    } catch (FileSystemLoopException e) {
      throw new ModelDirectoryException("symlink " + FileNames.quote(path) + " loops", e);
    } catch (IOException e) {
      throw new ModelDirectoryException("cannot follow symlink " + FileNames.quote(path) + ": " + e, e);
    }
    if (!target.isRegularFile()) {
      throw new ModelDirectoryException(
          "symlink " + FileNames.quote(path) + " points to a directory or special file: refused");
    }
    return target.size();
  }
}
