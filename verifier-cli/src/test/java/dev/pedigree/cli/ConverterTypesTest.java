package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@link Main#main} turns off picocli's java.sql and java.time converters: no option needs one. */
class ConverterTypesTest {
  @Test
  void options_noJavaSqlOrJavaTimeTypes() {
    List<String> found = new ArrayList<>();
    collect(Main.commandLine(new Main()), found);
    assertEquals(List.of(), found);
  }

  @Test
  void collect_findsATimeOption() {
    List<String> found = new ArrayList<>();
    collect(new CommandLine(new WithDuration()), found);
    assertEquals(List.of("with-duration --wait: java.time.Duration"), found);
  }

  private static void collect(CommandLine cl, List<String> found) {
    for (ArgSpec arg : cl.getCommandSpec().args()) {
      for (Class<?> type : arg.auxiliaryTypes()) {
        String name = type.getName();
        if (name.startsWith("java.sql.") || name.startsWith("java.time.")) {
          String label = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
          found.add(cl.getCommandName() + " " + label + ": " + name);
        }
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, found);
    }
  }

  @CommandLine.Command(name = "with-duration")
  static final class WithDuration {
    @CommandLine.Option(names = "--wait")
    java.time.Duration wait;
  }
}
