package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Main main, String... args) {
    return new CommandLine(main).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void call_portZero_printsListeningLineAndServes(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("new/data");
    Main main = new Main(null);
    assertEquals(0, run(main, "--port", "0", "--data", data.toString()));
    try {
      String line = out.toString();
      assertTrue(line.matches("pedigree listening on http://127\\.0\\.0\\.1:[1-9][0-9]*\\R"), line);
      // The ledger created its store and log key on first start.
      assertTrue(Files.isRegularFile(data.resolve("log.key")));
      assertTrue(Files.isDirectory(data.resolve("store")));
      String url = line.strip().substring("pedigree listening on ".length());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), health.body());
      HttpResponse<String> checkpoint = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/v1/log/checkpoint")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(checkpoint.body().startsWith("localhost/pedigree/"), checkpoint.body());
    } finally {
      main.stop();
    }
  }

  @Test
  void call_badPort_exitsTwoWithOneLine(@TempDir Path tmp) {
    int code = run(new Main(null), "--port", "70000", "--data",
        tmp.toString());
    assertEquals(2, code);
    assertEquals("pedigree-server: invalid --port: got 70000, want an integer in [0, 65535]"
        + System.lineSeparator(), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void call_adminWithoutToken_exitsTwo(@TempDir Path tmp) {
    int code = run(new Main(null), "--registration", "admin", "--data",
        tmp.toString());
    assertEquals(2, code);
    assertEquals("pedigree-server: --registration admin needs PEDIGREE_ADMIN_TOKEN to be set and"
        + " not empty" + System.lineSeparator(), err.toString());
  }
}
