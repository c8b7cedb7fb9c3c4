package dev.pedigree.api;

import dev.pedigree.api.config.ConfigException;
import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import dev.pedigree.ledger.service.LedgerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pedigree-server}: flags and environment variables of DESIGN A9. Exit 2 on a usage or
 * configuration error; once listening it prints {@code pedigree listening on http://HOST:PORT}
 * and runs until SIGTERM.
 */
@Command(
    name = "pedigree-server",
    mixinStandardHelpOptions = true,
    description = "Serves a Pedigree ledger over HTTP.")
public final class Main implements Callable<Integer> {
  static final int EXIT_USAGE = 2;

  @Option(names = "--host", defaultValue = "${env:PEDIGREE_HOST:-127.0.0.1}",
      description = "Address to listen on (PEDIGREE_HOST, default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "${env:PEDIGREE_PORT:-8080}",
      description = "Port, 0 for any free one (PEDIGREE_PORT, default ${DEFAULT-VALUE}).")
  String port;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:PEDIGREE_DATA:-./data}",
      description = "Data directory, created if missing (PEDIGREE_DATA, default ${DEFAULT-VALUE}).")
  String data;

  @Option(names = "--origin", defaultValue = "${env:PEDIGREE_ORIGIN}",
      description = "Checkpoint origin (PEDIGREE_ORIGIN; default derived from the log key).")
  String origin;

  @Option(names = "--registration", defaultValue = "${env:PEDIGREE_REGISTRATION:-open}",
      description = "open or admin (PEDIGREE_REGISTRATION, default ${DEFAULT-VALUE}); admin"
          + " needs PEDIGREE_ADMIN_TOKEN.")
  String registration;

  @Option(names = "--max-body", defaultValue = "${env:PEDIGREE_MAX_BODY:-1048576}",
      description = "Largest request body in bytes (PEDIGREE_MAX_BODY, default ${DEFAULT-VALUE}).")
  String maxBody;

  @Option(names = "--batch-size", defaultValue = "${env:PEDIGREE_BATCH_SIZE:-256}",
      description = "Most entries per sequenced batch (PEDIGREE_BATCH_SIZE, default"
          + " ${DEFAULT-VALUE}).")
  String batchSize;

  @Option(names = "--batch-millis", defaultValue = "${env:PEDIGREE_BATCH_MILLIS:-0}",
      description = "Longest wait to fill a batch, in ms (PEDIGREE_BATCH_MILLIS, default"
          + " ${DEFAULT-VALUE}).")
  String batchMillis;

  @Option(names = "--hash-cache-mib", defaultValue = "${env:PEDIGREE_HASH_CACHE_MIB:-40}",
      description = "Memory for the stored hashes that answer inclusion proofs on the event loop"
          + " without a store read, in MiB (PEDIGREE_HASH_CACHE_MIB, default ${DEFAULT-VALUE}:"
          + " every hash of a log of up to 524,288 entries).")
  String hashCacheMib;

  @Option(names = "--descendant-cache-mib",
      defaultValue = "${env:PEDIGREE_DESCENDANT_CACHE_MIB:-16}",
      description = "Memory for the descendant sets of recently counted entries, so that a count"
          + " is not a walk of the subtree each time, in MiB (PEDIGREE_DESCENDANT_CACHE_MIB,"
          + " default ${DEFAULT-VALUE}; 0 walks every time).")
  String descendantCacheMib;

  @Spec CommandSpec spec;

  private final String adminToken;
  private final List<AutoCloseable> running = new ArrayList<>();

  /** The admin token is read only from the environment: a flag would show in process lists. */
  Main(String adminToken) {
    this.adminToken = adminToken;
  }

  public static void main(String[] args) {
    Main main = new Main(System.getenv("PEDIGREE_ADMIN_TOKEN"));
    int code = new CommandLine(main).execute(args);
    if (code != 0) {
      System.exit(code);
    }
    if (!main.running.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(new Thread(main::stop, "pedigree-shutdown"));
    }
    // Otherwise --help or --version ran; Vert.x threads keep the JVM alive while serving.
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = ServerConfig.of(new ServerConfig.Text(host, port, data, origin, registration,
          adminToken, maxBody, batchSize, batchMillis, hashCacheMib, descendantCacheMib));
      prepareDataDir(config.dataDir());
    } catch (ConfigException e) {
      err.println("pedigree-server: " + e.getMessage());
      err.flush();
      return EXIT_USAGE;
    }
    Ledger ledger;
    try {
      // Creates the store and the log key on first start; refuses a store that does not verify.
      ledger = Ledger.open(new LedgerConfig(config.dataDir(), config.origin(),
          config.batchSize(), config.batchMillis(), Clock.systemUTC())
          .withDescendantCache((long) config.descendantCacheMib() << 20,
              LedgerConfig.DEFAULT_RECENT_LINKS));
    } catch (LedgerException e) {
      err.println("pedigree-server: cannot open the ledger: " + e.getMessage());
      err.flush();
      return 1;
    }
    Server server;
    try {
      server = Server.start(config, ledger);
    } catch (ServerStartException e) {
      ledger.close();
      err.println("pedigree-server: cannot start: " + e.getMessage());
      err.flush();
      return 1;
    }
    running.addAll(server.closeSequence());
    // After the HTTP server and Vert.x: no request can reach a closed ledger.
    running.add(ledger);
    out.println("pedigree listening on " + server.url());
    out.flush();
    return 0;
  }

  /** Closes, in order, everything started; each step runs even if an earlier one failed. */
  void stop() {
    for (AutoCloseable step : running) {
      try {
        step.close();
      } catch (Exception e) {
        System.getLogger(Main.class.getName())
            .log(System.Logger.Level.WARNING, "shutdown step failed", e);
      }
    }
    running.clear();
  }

  private static void prepareDataDir(Path dir) throws ConfigException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ConfigException("invalid --data: cannot create directory " + dir + ": " + e);
    }
    if (!Files.isWritable(dir)) {
      throw new ConfigException("invalid --data: directory " + dir + " is not writable");
    }
  }
}
