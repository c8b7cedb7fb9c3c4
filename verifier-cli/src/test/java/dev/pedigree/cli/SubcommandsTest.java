package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line built for one run's arguments behaves as the one with every subcommand. */
class SubcommandsTest {
  @TempDir static Path tmp;

  @Test
  void names_everyCommandInHelpOrder() {
    List<String> want =
        List.of(
            "hash", "keygen", "key", "release", "modify", "derive", "attest", "revoke", "verify",
            "audit", "consistency", "lineage", "bundle", "search");
    assertEquals(want, Subcommands.NAMES);
    assertEquals(want, List.copyOf(Main.commandLine(new Main()).getSubcommands().keySet()));
  }

  @ParameterizedTest
  @MethodSource("names")
  void commandLine_firstArgumentNamesACommand_onlyThatOneWithItsOwnName(String name) {
    CommandLine cl = Main.commandLine(new Main(), name, "--help");
    assertEquals(List.of(name), List.copyOf(cl.getSubcommands().keySet()));
    Object command = cl.getSubcommands().get(name).getCommandSpec().userObject();
    assertEquals(name, command.getClass().getAnnotation(Command.class).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "--version", "help", "frobnicate", "HASH", "hash2", ""})
  void commandLine_firstArgumentNoCommand_everyCommand(String first) {
    CommandLine cl = Main.commandLine(new Main(), first, "hash");
    assertEquals(Subcommands.NAMES, List.copyOf(cl.getSubcommands().keySet()));
  }

  @Test
  void commandLine_noArguments_everyCommand() {
    CommandLine cl = Main.commandLine(new Main(), new String[0]);
    assertEquals(Subcommands.NAMES, List.copyOf(cl.getSubcommands().keySet()));
  }

  /** Usage, errors and results, compared with those of the command line with every subcommand. */
  @ParameterizedTest
  @MethodSource("runs")
  void execute_sameExitOutputAndErrorsAsWithEveryCommand(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Result every = run(Main.commandLine(new Main()), a);
    Result built = run(Main.commandLine(new Main(), a), a);
    assertEquals(every, built);
  }

  static Stream<String> names() {
    return Subcommands.NAMES.stream();
  }

  static Stream<List<String>> runs() throws Exception {
    Path model = tmp.resolve("model");
    Files.createDirectories(model.resolve("sub"));
    Files.writeString(model.resolve("config.json"), "{}");
    Files.writeString(model.resolve("sub/weights.bin"), "abc");
    List<List<String>> runs = new ArrayList<>();
    for (String first :
        List.of("--help", "-h", "--version", "-V", "help", "frobnicate", "hsah", "--bogus")) {
      runs.add(List.of(first));
    }
    runs.add(List.of());
    runs.add(List.of("help", "hash"));
    for (String name : Subcommands.NAMES) {
      runs.add(List.of(name));
      runs.add(List.of(name, "--help"));
      runs.add(List.of(name, "--version"));
      runs.add(List.of(name, "--bogus"));
      runs.add(List.of(name, "hash"));
    }
    runs.add(List.of("hash", model.toString()));
    runs.add(List.of("hash", "--json", "--threads", "1", model.toString()));
    runs.add(List.of("hash", "--threads", "0", model.toString()));
    runs.add(List.of("hash", model.resolve("missing").toString()));
    runs.add(List.of("hash", model.toString(), "key"));
    runs.add(List.of("keygen", "--out"));
    runs.add(List.of("lineage", "0".repeat(64), "--server", "http://127.0.0.1:9", "--file", "x"));
    return runs.stream();
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
