package dev.pedigree.api.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's settings (DESIGN A9), validated when built: an invalid config cannot exist.
 *
 * <p>{@link #toString()} never shows the admin token.
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    Optional<String> origin,
    Registration registration,
    Optional<String> adminToken,
    int maxBodyBytes,
    int batchSize,
    int batchMillis,
    int hashCacheMib,
    int descendantCacheMib) {

  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  public static final int DEFAULT_BATCH_SIZE = 256;
  public static final int DEFAULT_BATCH_MILLIS = 0;
  /** 2^20 stored hashes: every one of a log of up to 524,288 entries. */
  public static final int DEFAULT_HASH_CACHE_MIB = 40;
  /** Keeps the cache's arrays within a Java array's reach. */
  public static final int MAX_HASH_CACHE_MIB = 2048;
  /** Some 130 descendant sets of roots of 10^6-entry logs (a bit per entry after the root). */
  public static final int DEFAULT_DESCENDANT_CACHE_MIB = 16;
  public static final int MAX_DESCENDANT_CACHE_MIB = 2048;

  /** Settings as text, the way flags and environment variables give them. */
  public record Text(
      String host,
      String port,
      String dataDir,
      String origin,
      String registration,
      String adminToken,
      String maxBody,
      String batchSize,
      String batchMillis,
      String hashCacheMib,
      String descendantCacheMib) {}

  public ServerConfig {
    // The compact constructor runs for every instance, so the invariants hold however it is built.
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " outside [0, 65535]");
    }
    if (registration == Registration.ADMIN && adminToken.isEmpty()) {
      throw new IllegalArgumentException("admin registration without a token");
    }
  }

  /** Parses and checks every setting; the first bad one is reported in a one-line message. */
  public static ServerConfig of(Text text) throws ConfigException {
    String host = text.host() == null ? "" : text.host().strip();
    if (host.isEmpty()) {
      throw new ConfigException("invalid --host: got an empty value, want a host name or address");
    }
    int port = intIn("--port", text.port(), 0, 65535);
    Path data = dataDir(text.dataDir());
    Optional<String> origin = nonEmpty(text.origin());
    if (origin.isPresent() && !origin.get().matches("[\\x21-\\x7e]+")) {
      // C2SP tlog-checkpoint: the origin is one line of printable ASCII without spaces.
      throw new ConfigException(
          "invalid --origin: got \"" + origin.get() + "\", want printable ASCII without spaces");
    }
    Registration registration = Registration.parse(text.registration());
    Optional<String> token = nonEmpty(text.adminToken());
    if (registration == Registration.ADMIN && token.isEmpty()) {
      throw new ConfigException(
          "--registration admin needs PEDIGREE_ADMIN_TOKEN to be set and not empty");
    }
    int maxBody = intIn("--max-body", text.maxBody(), 1, Integer.MAX_VALUE);
    int batchSize = intIn("--batch-size", text.batchSize(), 1, 1 << 16);
    int batchMillis = intIn("--batch-millis", text.batchMillis(), 0, 60_000);
    int hashCacheMib = intIn("--hash-cache-mib", text.hashCacheMib(), 1, MAX_HASH_CACHE_MIB);
    int descendantCacheMib = intIn("--descendant-cache-mib", text.descendantCacheMib(), 0,
        MAX_DESCENDANT_CACHE_MIB);
    return new ServerConfig(host, port, data, origin, registration, token, maxBody, batchSize,
        batchMillis, hashCacheMib, descendantCacheMib);
  }

  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir
        + ", origin=" + origin.orElse("(default)") + ", registration=" + registration
        + ", adminToken=" + (adminToken.isPresent() ? "(set)" : "(unset)")
        + ", maxBodyBytes=" + maxBodyBytes + ", batchSize=" + batchSize
        + ", batchMillis=" + batchMillis + ", hashCacheMib=" + hashCacheMib
        + ", descendantCacheMib=" + descendantCacheMib + "]";
  }

  private static int intIn(String flag, String text, int min, int max) throws ConfigException {
    String want = "want an integer in [" + min + ", " + max + "]";
    if (text == null || !text.strip().matches("[0-9]{1,10}")) {
      throw new ConfigException("invalid " + flag + ": got \"" + text + "\", " + want);
    }
    long value = Long.parseLong(text.strip());
    if (value < min || value > max) {
      throw new ConfigException("invalid " + flag + ": got " + value + ", " + want);
    }
    return (int) value;
  }

  private static Path dataDir(String text) throws ConfigException {
    if (text == null || text.isBlank()) {
      throw new ConfigException("invalid --data: got an empty value, want a directory");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigException("invalid --data: got \"" + text + "\", " + e.getReason());
    }
  }

  private static Optional<String> nonEmpty(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
