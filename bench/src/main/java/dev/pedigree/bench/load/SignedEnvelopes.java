package dev.pedigree.bench.load;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes submission bodies for the HTTP load benchmark, one JCS envelope per line: the first binds
 * a fresh namespace to a fresh key, every following one is a distinct release signed by that key.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.load.SignedEnvelopes FILE N
 * [NAMESPACE]}
 */
public final class SignedEnvelopes {
  private SignedEnvelopes() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SignedEnvelopes FILE COUNT [NAMESPACE]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    String namespace = args.length == 3 ? args[2] : "bench-" + System.nanoTime();
    Ed25519PrivateKey key = Ed25519PrivateKey.generate();
    byte[][] bodies = new byte[count][];
    // Signing is the slow part; the releases are independent.
    IntStream.range(0, count).parallel()
        .forEach(i -> bodies[i] = sign(release(namespace + "/model-" + i), key));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(new String(sign(binding(namespace, key), key), StandardCharsets.UTF_8));
      out.write('\n');
      for (byte[] body : bodies) {
        out.write(new String(body, StandardCharsets.UTF_8));
        out.write('\n');
      }
    }
    System.out.println(file + ": 1 binding of " + namespace + " and " + count + " releases");
  }

  private static Statement binding(String namespace, Ed25519PrivateKey key) {
    try {
      return Statements.key(Namespace.of(namespace), Optional.empty(),
          List.of(key.publicKey()), List.of(), Optional.empty());
    } catch (StatementException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Statement release(String name) {
    try {
      byte[] content = name.getBytes(StandardCharsets.UTF_8);
      Subject file = Subject.file(FilePath.of("model.safetensors"),
          Digest.of(Bytes.copyOf(Sha256.hash(content))));
      return Statements.release(ModelRef.of(name, "1.0"), List.of(file),
          License.spdx("Apache-2.0"), ModelDetails.NONE);
    } catch (StatementException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static byte[] sign(Statement statement, Ed25519PrivateKey key) {
    try {
      byte[] payload = Jcs.canonicalize(statement.toJson());
      DsseEnvelope envelope = DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload, List.of(key));
      return Jcs.canonicalize(envelope.toJson());
    } catch (JsonFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
