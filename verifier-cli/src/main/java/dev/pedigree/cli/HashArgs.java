package dev.pedigree.cli;

import dev.pedigree.ledger.manifest.HashOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one {@code pedigree hash} run, as {@link HashCommand} declares them.
 *
 * @param dir the model directory
 * @param json print JSON instead of a table
 * @param threads files hashed at once, or null for all cores
 * @param ignore paths to leave out, as given
 * @param allowSymlinks hash a symlink's target instead of refusing it
 */
record HashArgs(
    Path dir, boolean json, Integer threads, List<String> ignore, boolean allowSymlinks) {
  HashArgs {
    ignore = List.copyOf(ignore);
  }

  /**
   * The arguments of {@code hash DIR [--json] [--threads N] [--ignore PATH]... [--allow-symlinks]}
   * when every one of them is in a plain form that picocli reads the same way, else null: then
   * picocli reads them, for its help, usage errors and rarer forms (an {@code @file}, {@code --},
   * a repeated option, an option's value that starts with {@code -}, a {@code --threads} out of
   * range, any {@code picocli.*} system property). Plain means: one directory that starts with
   * neither {@code -} nor {@code @}; each option at most once, except {@code --ignore}; a value
   * after a space or a {@code =}; {@code --threads} in decimal digits from 1 to {@link
   * HashOptions#MAX_THREADS}; no argument with a {@code =} other than the one after an option's
   * name.
   */
  static HashArgs plain(String... args) {
    if (args.length < 2 || !"hash".equals(args[0]) || picocliConfigured()) {
      return null;
    }
    Path dir = null;
    boolean json = false;
    boolean allowSymlinks = false;
    Integer threads = null;
    List<String> ignore = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (dir != null || !plainValue(arg) || (dir = path(arg)) == null) {
          return null;
        }
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? null : arg.substring(eq + 1);
      if (name.equals("--json") || name.equals("--allow-symlinks")) {
        boolean seen = name.equals("--json") ? json : allowSymlinks;
        if (value != null || seen) {
          return null;
        }
        json |= name.equals("--json");
        allowSymlinks |= name.equals("--allow-symlinks");
        continue;
      }
      if (!name.equals("--threads") && !name.equals("--ignore")) {
        return null;
      }
      if (value == null && i + 1 < args.length) {
        value = args[++i];
      }
      if (value == null || !plainValue(value)) {
        return null;
      }
      if (name.equals("--ignore")) {
        ignore.add(value);
      } else if (threads != null || (threads = threads(value)) == null) {
        return null;
      }
    }
    return dir == null ? null : new HashArgs(dir, json, threads, ignore, allowSymlinks);
  }

  private static boolean plainValue(String s) {
    return !s.startsWith("-") && !s.startsWith("@") && s.indexOf('=') < 0;
  }

  private static Path path(String s) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** 1 to MAX_THREADS in decimal digits, else null. */
  private static Integer threads(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    int n = Integer.parseInt(s);
    return n >= 1 && n <= HashOptions.MAX_THREADS ? n : null;
  }

  /** Picocli reads its own system properties (tracing, quotes, argument files...). */
  private static boolean picocliConfigured() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
