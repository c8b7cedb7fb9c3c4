package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pedigree hash} with plain arguments runs without picocli's model: it must read them as
 * picocli does and answer exactly as the command line does, and leave every other form to picocli.
 */
class HashArgsTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void model() throws Exception {
    Path model = tmp.resolve("model");
    Files.createDirectories(model.resolve("sub"));
    Files.createDirectories(model.resolve("drop"));
    Files.writeString(model.resolve("config.json"), "{}");
    Files.writeString(model.resolve("sub/weights.bin"), "abc");
    Files.writeString(model.resolve("drop/x"), "x");
    Files.createSymbolicLink(model.resolve("link"), model.resolve("config.json"));
    Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(tmp.resolve("plain/a"), "a");
  }

  @Test
  void plain_everyOption_readAsPicocliWould() {
    String dir = tmp.resolve("model").toString();
    HashArgs a =
        HashArgs.plain(
            "hash", "--ignore", "drop", dir, "--json", "--threads=3", "--ignore=sub/x",
            "--allow-symlinks");
    assertEquals(new HashArgs(Path.of(dir), true, 3, List.of("drop", "sub/x"), true), a);
    assertEquals(
        new HashArgs(Path.of(dir), false, null, List.of(), false), HashArgs.plain("hash", dir));
    assertEquals(
        new HashArgs(Path.of(dir), false, 256, List.of(), false),
        HashArgs.plain("hash", "--threads", "256", dir));
  }

  /** Each plain run: the same exit code, output and errors as through picocli's command line. */
  @ParameterizedTest
  @MethodSource("plainRuns")
  void hashPlain_sameExitOutputAndErrorsAsTheCommandLine(List<String> args) {
    String[] a = args.toArray(String[]::new);
    HashArgs plain = HashArgs.plain(a);
    assertNotNull(plain, args.toString());
    for (Terminal t : List.of(Terminal.NONE, new Terminal(true, false, false))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          Main.hashPlain(plain, t, new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(Run.of(t, a), new Run(exit, out.toString(), err.toString()));
    }
  }

  static Stream<List<String>> plainRuns() {
    String model = tmp.resolve("model").toString();
    List<List<String>> runs = new ArrayList<>();
    runs.add(List.of("hash", tmp.resolve("plain").toString()));
    runs.add(List.of("hash", model, "--allow-symlinks"));
    runs.add(List.of("hash", "--allow-symlinks", "--json", "--threads", "1", model));
    runs.add(List.of("hash", "--threads=2", model, "--allow-symlinks", "--ignore", "link"));
    runs.add(
        List.of(
            "hash", "--json", "--ignore=drop", "--ignore", tmp.resolve("model/link").toString(),
            model));
    runs.add(List.of("hash", model)); // refuses the symlink: exit 2, one line
    runs.add(List.of("hash", tmp.resolve("missing").toString()));
    runs.add(List.of("hash", tmp.resolve("plain/a").toString())); // a file, not a directory
    return runs.stream();
  }

  /** Help, usage errors and the rarer forms stay with picocli. */
  @ParameterizedTest
  @MethodSource("otherRuns")
  void plain_otherForms_leftToPicocli(List<String> args) {
    assertNull(HashArgs.plain(args.toArray(String[]::new)), args.toString());
  }

  static Stream<List<String>> otherRuns() {
    String d = tmp.resolve("plain").toString();
    return Stream.of(
        List.of(),
        List.of("hash"),
        List.of("verify", d),
        List.of("--help", "hash", d),
        List.of("hash", d, "--help"),
        List.of("hash", "-h", d),
        List.of("hash", d, "-V"),
        List.of("hash", d, "--version"),
        List.of("hash", d, d),
        List.of("hash", d, "--bogus"),
        List.of("hash", d, "-j"),
        List.of("hash", "-", d),
        List.of("hash", "--", d),
        List.of("hash", "@" + d),
        List.of("hash", d, "--json", "--json"),
        List.of("hash", d, "--allow-symlinks", "--allow-symlinks"),
        List.of("hash", d, "--json=true"),
        List.of("hash", d, "--threads"),
        List.of("hash", d, "--threads", "0"),
        List.of("hash", d, "--threads", "257"),
        List.of("hash", d, "--threads", "0256"),
        List.of("hash", d, "--threads", "+2"),
        List.of("hash", d, "--threads", "-2"),
        List.of("hash", d, "--threads", "two"),
        List.of("hash", d, "--threads="),
        List.of("hash", d, "--threads", "1", "--threads", "2"),
        List.of("hash", d, "--ignore"),
        List.of("hash", d, "--ignore", "-x"),
        List.of("hash", d, "--ignore", "@x"),
        List.of("hash", d, "--ignore=a=b"),
        List.of("hash", d, "--ignore", "a=b"),
        List.of("hash", "a=b"),
        List.of("hash", "a\0b"));
  }

  @Test
  void plain_picocliSystemProperty_leftToPicocli() {
    String d = tmp.resolve("plain").toString();
    System.setProperty("picocli.trace", "DEBUG");
    try {
      assertNull(HashArgs.plain("hash", d));
    } finally {
      System.clearProperty("picocli.trace");
    }
    assertNotNull(HashArgs.plain("hash", d));
  }
}
