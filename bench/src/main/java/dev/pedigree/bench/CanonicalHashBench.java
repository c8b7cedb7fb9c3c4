package dev.pedigree.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Strict parse, RFC 8785 canonicalisation and SHA-256 of a ~1 KB in-toto statement per second:
 * the work the log does on every submitted payload before it looks at the predicate.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class CanonicalHashBench {
  private byte[] statement;

  @Setup
  public void build() throws JsonFormatException {
    statement = Statements.releaseOfAboutOneKb();
  }

  @Benchmark
  public byte[] canonicalizeAndHash1KB() throws JsonFormatException {
    JsonNode node = StrictJson.parseCanonical(statement);
    return Sha256.hash(Jcs.canonicalize(node));
  }

  /** Realistic statements for the benchmarks. */
  static final class Statements {
    /** The golden release statement, {@code testdata/golden/entries/01-release.statement.json}. */
    static final String GOLDEN_RELEASE =
        "{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicate\":{\"license\":{\"spdx\":"
            + "\"Apache-2.0\"},\"manifestDigest\":\"988b1537a5e7a5c6174413ae56caa60d6e13f7777adb"
            + "5298bce8d0f1a3126720\",\"model\":{\"name\":\"acme/base\",\"version\":\"1.0\"}},"
            + "\"predicateType\":\"https://pedigree.dev/release/v1\",\"subject\":[{\"digest\":"
            + "{\"sha256\":\"89a668a4bac0d535512b6cc806e6810e9a563c67d79852e543505a5c0a86c7bb\"},"
            + "\"name\":\"config.json\"},{\"digest\":{\"sha256\":\"bc3247c5e6eda57da0dbf956a1be2f8"
            + "09d6b2dea4c9370db97e27efd0bc0ff18\"},\"name\":\"model.safetensors\"},{\"digest\":"
            + "{\"sha256\":\"e0e77b70ca77d0be8f321590c0deb449d364cc3c4edaeaa6eef40636d56a298e\"},"
            + "\"name\":\"tokenizer/tokenizer.json\"},{\"digest\":{\"sha256\":\"ca3d163bab05538182"
            + "7226140568f3bef7eaac187cebd76878e0b63e9e442356\"},\"name\":\"tokenizer.json\"}]}";

    private Statements() {}

    /**
     * The golden release with two weight shards more as subjects: 1,004 bytes in canonical form.
     * (The subject order is left as is: canonical form orders members, not array elements.)
     */
    static byte[] releaseOfAboutOneKb() throws JsonFormatException {
      ObjectNode root =
          (ObjectNode) StrictJson.parse(GOLDEN_RELEASE.getBytes(StandardCharsets.UTF_8));
      ArrayNode subjects = (ArrayNode) root.get("subject");
      for (int shard = 1; shard <= 2; shard++) {
        String name = "model-0000" + shard + "-of-00002.safetensors";
        ObjectNode subject = subjects.addObject();
        subject.putObject("digest").put("sha256", Hex.encode(Sha256.hash(name.getBytes(StandardCharsets.UTF_8))));
        subject.put("name", name);
      }
      byte[] canonical = Jcs.canonicalize(root);
      if (canonical.length < 950 || canonical.length > 1100) {
        throw new IllegalStateException("statement of " + canonical.length + " bytes, want ~1 KB");
      }
      return canonical;
    }
  }
}
