package dev.pedigree.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.api.config.ServerConfig;
import dev.pedigree.api.health.HealthSource;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(VertxExtension.class)
class AdminServerTest {
  private static final String TOKEN = "correct-horse";
  private static Server server;
  private static WebClient client;

  @BeforeAll
  static void start(Vertx vertx, @TempDir Path data) throws Exception {
    server = Server.start(ServerConfig.of(new ServerConfig.Text("127.0.0.1", "0",
        data.toString(), null, "admin", TOKEN, "1048576", "256", "2")), HealthSource.NO_LEDGER);
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "none                  | 401 | https://pedigree.dev/problems/unauthorized",
      "Bearer wrong          | 401 | https://pedigree.dev/problems/unauthorized",
      "Basic correct-horse   | 401 | https://pedigree.dev/problems/unauthorized",
      "Bearer correct-horse  | 400 | https://pedigree.dev/problems/malformed-json",
      "bearer correct-horse  | 400 | https://pedigree.dev/problems/malformed-json",
  })
  void createEntry_adminMode_needsToken(String authorization, int status, String type)
      throws Exception {
    HttpRequest<Buffer> request = client.post(server.port(), "127.0.0.1", "/v1/entries");
    if (authorization != null) {
      request.putHeader("Authorization", authorization);
    }
    HttpResponse<Buffer> response = request.sendBuffer(Buffer.buffer("not json"))
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(status, response.statusCode(), response.bodyAsString());
    assertEquals(type, response.bodyAsJsonObject().getString("type"));
  }
}
