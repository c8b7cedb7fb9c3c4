package dev.pedigree.cli;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.ConsistencyProofs;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.MerkleVerificationException;
import dev.pedigree.ledger.verify.Check;
import dev.pedigree.ledger.verify.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree consistency OLD NEW --trust FILE (--proof FILE | --server URL)}. */
@Command(
    name = "consistency",
    mixinStandardHelpOptions = true,
    description = {
      "Check that the log never rewrote its history between two checkpoints: both signed under"
          + " the trust policy, and an RFC 6962 consistency proof from OLD's size to NEW's.",
      "The proof is a file ({\"from\", \"to\", \"hashes\": [hex]}) or fetched from --server.",
      "Exit 0 consistent, 1 a check failed (a rewritten history), 2 usage or input error."
    })
final class ConsistencyCommand extends Subcommand {
  static final String OLD = "old-checkpoint";
  static final String NEW = "new-checkpoint";
  static final String CONSISTENCY = "consistency";

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "OLD_CHECKPOINT", description = "The older checkpoint.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW_CHECKPOINT", description = "The newer checkpoint.")
  Path newFile;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "POLICY_OR_VKEY",
      description = "A file holding the log's verifier key or a C2SP tlog-policy.")
  Path trustFile;

  static final class Source {
    @Option(names = "--proof", paramLabel = "FILE", description = "The consistency proof.")
    Path proof;

    @Option(names = "--server", paramLabel = "URL", description = "Fetch the proof from here.")
    String server;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  protected int run() throws Exception {
    TrustPolicy trust = Inputs.trust(trustFile);
    String oldNote = Inputs.checkpoint(oldFile);
    String newNote = Inputs.checkpoint(newFile);
    List<Check> checks = new ArrayList<>();
    Optional<Checkpoint> old = open(OLD, oldNote, trust, checks);
    Optional<Checkpoint> current = open(NEW, newNote, trust, checks);
    if (old.isPresent() && current.isPresent()) {
      checks.add(consistency(old.get(), current.get()));
    }
    String subject = "checkpoints " + oldFile + " to " + newFile;
    return ReportPrinter.print(out(), main.terminal(), new Report(checks), json, subject);
  }

  private static Optional<Checkpoint> open(
      String name, String note, TrustPolicy trust, List<Check> checks) {
    try {
      Checkpoint c = trust.verify(note);
      checks.add(Check.passed(name, describe(c) + ", signed under the trust policy"));
      return Optional.of(c);
    } catch (CheckpointException e) {
      checks.add(Check.failed(name, e.getMessage()));
      return Optional.empty();
    }
  }

  private Check consistency(Checkpoint old, Checkpoint current) throws Exception {
    if (!old.origin().equals(current.origin())) {
      return Check.failed(
          CONSISTENCY,
          "origins differ: " + old.origin() + " and " + current.origin() + " are two logs");
    }
    String sizes =
        "size "
            + Long.toUnsignedString(old.size())
            + " to "
            + Long.toUnsignedString(current.size());
    int order = Long.compareUnsigned(old.size(), current.size());
    if (order > 0) {
      throw new InputException(
          "OLD_CHECKPOINT has size "
              + Long.toUnsignedString(old.size())
              + ", larger than NEW_CHECKPOINT's "
              + Long.toUnsignedString(current.size())
              + ": give the older one first");
    }
    if (order == 0) {
      return old.root().equals(current.root())
          ? Check.passed(CONSISTENCY, "same tree: " + describe(current))
          : Check.failed(
              CONSISTENCY,
              "fork: size "
                  + Long.toUnsignedString(old.size())
                  + " has root "
                  + old.root().hex()
                  + " and root "
                  + current.root().hex());
    }
    if (old.size() == 0) {
      // DESIGN A2: no proof from size 0; every tree extends the empty one, if its root is right.
      return old.root().equals(Bytes.copyOf(Merkle.emptyRoot()))
          ? Check.passed(CONSISTENCY, "every tree extends the empty tree")
          : Check.failed(
              CONSISTENCY, "size 0 with root " + old.root().hex() + ", not the empty root");
    }
    ConsistencyProofJson proof = proof(old.size(), current.size());
    if (proof.from() != old.size() || proof.to() != current.size()) {
      throw new InputException(
          "the proof is from size "
              + Long.toUnsignedString(proof.from())
              + " to "
              + Long.toUnsignedString(proof.to())
              + ", want "
              + sizes);
    }
    try {
      ConsistencyProofs.verify(
          old.size(),
          current.size(),
          old.root().toByteArray(),
          current.root().toByteArray(),
          proof.hashBytes());
    } catch (MerkleVerificationException e) {
      return Check.failed(CONSISTENCY, sizes + ": " + e.getMessage());
    }
    return Check.passed(
        CONSISTENCY,
        sizes + ": the newer tree extends the older one (" + proof.hashes().size() + " hashes)");
  }

  private ConsistencyProofJson proof(long from, long to) throws Exception {
    if (source.proof != null) {
      return ConsistencyProofJson.parse(
          Inputs.bytes(source.proof, Inputs.MAX_JSON_BYTES), source.proof.toString());
    }
    LedgerClient client = LedgerClient.of(source.server);
    String path =
        "/v1/log/proofs/consistency?from="
            + Long.toUnsignedString(from)
            + "&to="
            + Long.toUnsignedString(to);
    return ConsistencyProofJson.parse(client.get(path).body(), source.server + path);
  }

  private static String describe(Checkpoint c) {
    return "origin "
        + c.origin()
        + ", size "
        + Long.toUnsignedString(c.size())
        + ", root "
        + c.root().hex();
  }
}
