package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.intake.Records;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Signs a statement (DESIGN A4), checks the envelope as the ledger's intake would (so a bad request
 * fails before any network), then writes it and/or submits it. Prints the entry id, known before
 * submission: the SHA-256 of the payload.
 */
final class Publisher {
  /** The largest index a record can carry (DESIGN A1): the record's size is bounded with it. */
  private static final long LARGEST_INDEX = (1L << 53) - 1;

  private Publisher() {}

  /** What the command did, for its caller's exit code. */
  static int publish(Statement statement, PublishOptions options, CommandLine cl)
      throws IOException, KeyFormatException, InputException, InterruptedException {
    checkDestinations(options, cl);
    List<Ed25519PrivateKey> keys = readKeys(options.keys, cl);
    byte[] payload = jcs(statement.toJson());
    DsseEnvelope envelope = DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload, keys);
    byte[] body = jcs(envelope.toJson());
    Submission submission = checkLocally(body, keys);
    ObjectNode result = Json.mapper().createObjectNode();
    result.put("id", submission.id());
    result.put("kind", statement.kind().wireName());
    if (options.out != null) {
      write(options.out, body, options.force);
      result.put("envelope", options.out.toString());
    }
    if (options.submit) {
      submit(body, options, result);
    }
    PrintWriter out = cl.getOut();
    if (options.json) {
      out.println(Json.mapper().writeValueAsString(result));
    } else {
      // The id alone on standard output, so that ID=$(pedigree release ...) works; the rest is
      // for the reader, on standard error.
      out.println(submission.id());
      PrintWriter err = cl.getErr();
      if (options.out != null) {
        err.println(
            "signed " + statement.kind().wireName() + " envelope written to " + options.out);
      }
      if (result.has("index")) {
        err.println(
            (result.get("created").booleanValue() ? "submitted" : "already in the ledger")
                + ": index "
                + result.get("index").asText());
      }
      if (options.bundleOut != null) {
        err.println("bundle saved to " + options.bundleOut);
      }
      err.flush();
    }
    out.flush();
    return Main.OK;
  }

  private static void checkDestinations(PublishOptions options, CommandLine cl) {
    if (options.out == null && !options.submit) {
      throw new ParameterException(cl, "give --out FILE, or --submit --server URL, or both");
    }
    if (options.submit && options.server == null) {
      throw new ParameterException(cl, "--submit needs --server URL");
    }
    if (options.bundleOut != null && !options.submit) {
      throw new ParameterException(cl, "--bundle-out needs --submit");
    }
  }

  private static List<Ed25519PrivateKey> readKeys(List<Path> files, CommandLine cl)
      throws IOException, KeyFormatException {
    if (files.size() > DsseEnvelope.MAX_SIGNATURES) {
      throw new ParameterException(
          cl, files.size() + " keys, want at most " + DsseEnvelope.MAX_SIGNATURES);
    }
    List<Ed25519PrivateKey> keys = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Path file : files) {
      Ed25519PrivateKey key = KeyFiles.readPrivateKey(file);
      String id = key.publicKey().keyId();
      if (ids.contains(id)) {
        throw new ParameterException(cl, "--key " + file + ": the same key given twice");
      }
      ids.add(id);
      keys.add(key);
    }
    return keys;
  }

  /**
   * What the ledger's intake checks without its state (DESIGN A1-A5): canonical JSON, a valid
   * statement, the signatures, and the record's size at the largest index it could get.
   */
  private static Submission checkLocally(byte[] body, List<Ed25519PrivateKey> keys)
      throws InputException {
    Map<String, Ed25519PublicKey> own = new HashMap<>();
    keys.forEach(k -> own.put(k.publicKey().keyId(), k.publicKey()));
    try {
      Submission submission = Submission.parse(body);
      submission.verifySignatures(id -> Optional.ofNullable(own.get(id)));
      Records.leafFor(
          submission,
          LARGEST_INDEX,
          IntegratedTime.of(Instant.parse("2026-01-01T00:00:00Z")),
          ChainRecord.GENESIS_PREV);
      return submission;
    } catch (RejectedException e) {
      throw new InputException("refused before submission: " + e, e);
    }
  }

  private static void submit(byte[] body, PublishOptions options, ObjectNode result)
      throws InputException, InterruptedException, IOException {
    LedgerClient client = LedgerClient.of(options.server);
    LedgerClient.Answer answer = client.post("/v1/entries", body);
    JsonNode json = answer.json();
    if (!result.get("id").asText().equals(json.path("id").asText())) {
      throw new InputException(
          "server answered id " + json.path("id").asText() + ", want " + result.get("id").asText());
    }
    result.put("index", json.path("index").asLong());
    result.put("created", answer.status() == 201);
    if (options.bundleOut != null) {
      JsonNode bundle = json.get("bundle");
      if (bundle == null || !bundle.isObject()) {
        throw new InputException("server answer holds no bundle");
      }
      byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle);
      try {
        Bundle.parse(bytes);
      } catch (BundleFormatException e) {
        throw new InputException("server answered a bundle that does not parse: " + e.getMessage());
      }
      write(options.bundleOut, bytes, options.force);
      result.put("bundle", options.bundleOut.toString());
    }
  }

  static void write(Path file, byte[] bytes, boolean force) throws IOException {
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Files.write(
        file,
        bytes,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  static byte[] jcs(JsonNode node) {
    try {
      return Jcs.canonicalize(node);
    } catch (JsonFormatException e) {
      // What the statement builders produce is always canonicalisable (DESIGN A1).
      throw new IllegalStateException("statement not canonicalisable: " + e.getMessage(), e);
    }
  }
}
