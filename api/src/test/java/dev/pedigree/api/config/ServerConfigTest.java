package dev.pedigree.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {

  private static ServerConfig.Text text(String port, String registration, String token,
      String maxBody) {
    return new ServerConfig.Text("127.0.0.1", port, "./data", null, registration, token, maxBody,
        "256", "2", "40", "16");
  }

  @Test
  void of_defaults_parse() throws Exception {
    ServerConfig config = ServerConfig.of(text("8080", "open", null, "1048576"));
    assertEquals(8080, config.port());
    assertEquals(Path.of("./data"), config.dataDir());
    assertEquals(Registration.OPEN, config.registration());
    assertEquals(1 << 20, config.maxBodyBytes());
    assertEquals(40, config.hashCacheMib());
    assertEquals(16, config.descendantCacheMib());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0    | invalid --hash-cache-mib: got 0, want an integer in [1, 2048]",
      "2049 | invalid --hash-cache-mib: got 2049, want an integer in [1, 2048]",
      "ten  | invalid --hash-cache-mib: got \"ten\", want an integer in [1, 2048]",
  })
  void of_hashCacheOutOfRange_oneLineMessage(String mib, String message) {
    ServerConfig.Text text = new ServerConfig.Text(
        "127.0.0.1", "80", "./data", null, "open", null, "1048576", "256", "2", mib, "16");
    ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.of(text));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-1   | invalid --descendant-cache-mib: got \"-1\", want an integer in [0, 2048]",
      "2049 | invalid --descendant-cache-mib: got 2049, want an integer in [0, 2048]",
  })
  void of_descendantCacheOutOfRange_oneLineMessage(String mib, String message) {
    ServerConfig.Text text = new ServerConfig.Text(
        "127.0.0.1", "80", "./data", null, "open", null, "1048576", "256", "2", "40", mib);
    ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.of(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void of_descendantCacheZero_turnsItOff() throws Exception {
    ServerConfig.Text text = new ServerConfig.Text(
        "127.0.0.1", "80", "./data", null, "open", null, "1048576", "256", "2", "40", "0");
    assertEquals(0, ServerConfig.of(text).descendantCacheMib());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc   | open   | 1048576 | invalid --port: got \"abc\", want an integer in [0, 65535]",
      "-1    | open   | 1048576 | invalid --port: got \"-1\", want an integer in [0, 65535]",
      "65536 | open   | 1048576 | invalid --port: got 65536, want an integer in [0, 65535]",
      "80    | closed | 1048576 | invalid --registration: got \"closed\", want open or admin",
      "80    | open   | 0       | invalid --max-body: got 0, want an integer in [1, 2147483647]",
  })
  void of_invalid_oneLineMessage(String port, String registration, String maxBody, String message) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ServerConfig.of(text(port, registration, null, maxBody)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void toString_neverShowsToken() throws Exception {
    ServerConfig config = ServerConfig.of(text("80", "admin", "s3cret-token", "1048576"));
    assertEquals("s3cret-token", config.adminToken().orElseThrow());
    assertFalse(config.toString().contains("s3cret"), config.toString());
  }
}
