package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.PrintWriter;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree search --sha256 HEX --server URL}: the entries holding a file of that digest. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Find the entries that hold a file of this SHA-256 (one page; --cursor for more).")
final class SearchCommand extends Subcommand {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  @ParentCommand Main main;

  @Option(names = "--sha256", required = true, paramLabel = "HEX", description = "File digest.")
  String sha256;

  @Option(names = "--server", required = true, paramLabel = "URL", description = "The ledger.")
  String server;

  @Option(names = "--limit", paramLabel = "N", description = "Entries per page.")
  Integer limit;

  @Option(names = "--cursor", paramLabel = "C", description = "The next page, from a last answer.")
  String cursor;

  @Option(names = "--json", description = "Print the server's answer as JSON.")
  boolean json;

  @Override
  protected int run() throws Exception {
    if (!HEX.matcher(sha256).matches()) {
      throw new InputException("--sha256 " + sha256 + ": want 64 lowercase hex digits");
    }
    String path =
        "/v1/search?sha256="
            + sha256
            + (limit == null ? "" : "&limit=" + limit)
            + (cursor == null ? "" : "&cursor=" + LedgerClient.encode(cursor));
    JsonNode answer = LedgerClient.of(server).get(path).json();
    PrintWriter out = out();
    if (json) {
      out.println(Json.mapper().writeValueAsString(answer));
    } else {
      Terminal t = main.terminal();
      JsonNode entries = answer.path("entries");
      for (JsonNode e : entries) {
        out.println(
            e.path("name").asText("?")
                + "@"
                + e.path("version").asText("?")
                + "  "
                + e.path("path").asText("")
                + "  "
                + t.dim(e.path("id").asText("")));
      }
      out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries"));
      if (answer.hasNonNull("next")) {
        out.println("more: --cursor " + answer.get("next").asText());
      }
    }
    out.flush();
    return Main.OK;
  }
}
