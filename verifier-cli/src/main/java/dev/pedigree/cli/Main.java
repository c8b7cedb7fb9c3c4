package dev.pedigree.cli;

import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.manifest.ModelDirectoryException;
import dev.pedigree.ledger.statement.StatementException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code pedigree} command (DESIGN A9): exit 0 ok, 1 verification failed, 2 usage or input. */
@Command(
    name = "pedigree",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Provenance ledger for AI models: hash, keys, sign, offline verification.")
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  /**
   * Picocli looks up converters for {@code java.sql} and {@code java.time} types by reflection for
   * every command line it builds, loading both packages; no option here takes one of those types.
   */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  @Spec CommandSpec spec;

  private final Terminal terminal;

  public Main() {
    this(Terminal.NONE);
  }

  public Main(Terminal terminal) {
    this.terminal = terminal;
  }

  Terminal terminal() {
    return terminal;
  }

  public static void main(String[] args) {
    HashArgs plain = HashArgs.plain(args);
    System.exit(plain != null ? hashPlain(plain, Terminal.detect()) : execute(args));
  }

  private static int execute(String[] args) {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
    }
    CommandLine cl = commandLine(new Main(Terminal.detect()), args);
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return code;
  }

  /**
   * {@code pedigree hash} with plain arguments ({@link HashArgs#plain}) without building picocli's
   * model, which took half of a short run: the same output, errors and exit code as through
   * picocli, on writers made as picocli makes its own.
   */
  private static int hashPlain(HashArgs args, Terminal terminal) {
    PrintWriter out = StdWriters.out();
    PrintWriter err = StdWriters.err();
    int code = hashPlain(args, terminal, out, err);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * As {@link #hashPlain(HashArgs, Terminal)}, on these writers: an input error prints one line, as
   * {@link Subcommand} does, and any other failure as the command line's execution handler does.
   */
  static int hashPlain(HashArgs args, Terminal terminal, PrintWriter out, PrintWriter err) {
    try {
      return HashRun.run(args, terminal, out, err);
    } catch (Exception e) {
      return inputError(e, err);
    }
  }

  /**
   * The command line with every subcommand and Pedigree's error handling: a usage error prints
   * {@code pedigree: <message>} and a hint, and exits 2; an unexpected failure prints one line,
   * never a stack trace, and exits 2 (input errors are handled by each {@link Subcommand}).
   */
  public static CommandLine commandLine(Main main) {
    return commandLine(main, new String[0]);
  }

  /**
   * The command line to execute these arguments: as {@link #commandLine(Main)}, but when the first
   * argument names a subcommand, only that subcommand is built. Picocli builds a command's model by
   * reflection over its classes, which took most of a short run; any other first argument (none,
   * {@code --help}, {@code --version}, an unknown command) gets every subcommand, so that usage,
   * suggestions and errors are those of the whole command.
   */
  public static CommandLine commandLine(Main main, String... args) {
    CommandLine cl = new CommandLine(main);
    Subcommands.register(cl, args.length > 0 ? args[0] : null);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((e, commandLine, parsed) -> inputError(e, commandLine));
    return cl;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("pedigree: " + e.getMessage());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  private static int inputError(Exception e, CommandLine cl) {
    return inputError(e, cl.getErr());
  }

  private static int inputError(Exception e, PrintWriter err) {
    err.println("pedigree: " + message(e));
    err.flush();
    return USAGE;
  }

  /** One line saying what went wrong, in the user's terms. */
  static String message(Throwable e) {
    if (e instanceof InputException
        || e instanceof ModelDirectoryException
        || e instanceof KeyFormatException) {
      return e.getMessage();
    }
    if (e instanceof StatementException s) {
      return "invalid statement"
          + (s.field().isEmpty() ? "" : " at " + s.field())
          + ": "
          + s.getMessage();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " already exists (use --force to overwrite)";
    }
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof InterruptedException) {
      return "interrupted";
    }
    if (e instanceof IOException) {
      return e.getMessage() != null ? e.getMessage() : e.toString();
    }
    return "internal error: " + e;
  }

  /** The version Maven recorded in the jar; a build from the source tree has none. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in =
          Main.class.getResourceAsStream(
              "/META-INF/maven/dev.pedigree/pedigree-cli/pom.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"pedigree " + p.getProperty("version", "(development build)")};
    }
  }
}
