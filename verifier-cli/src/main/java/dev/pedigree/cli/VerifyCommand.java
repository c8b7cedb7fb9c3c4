package dev.pedigree.cli;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleVerifier;
import dev.pedigree.ledger.verify.Check;
import dev.pedigree.ledger.verify.CheckpointState;
import dev.pedigree.ledger.verify.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree verify [DIR] --bundle FILE --trust FILE}: offline verification (DESIGN A7). */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify an entry offline from its bundle: the checkpoint under the trust policy, every"
          + " inclusion proof, the key history, the signature, revocations; then, given DIR, every"
          + " file (ok, modified, missing or unexpected).",
      "Says what offline verification cannot prove as 'not checked'.",
      "Exit 0 verified, 1 a check failed, 2 usage or input error."
    })
final class VerifyCommand extends Subcommand {
  @ParentCommand Main main;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The model directory to check against the entry's files (optional).")
  Path dir;

  @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The bundle.")
  Path bundleFile;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "POLICY_OR_VKEY",
      description = "A file holding the log's verifier key or a C2SP tlog-policy.")
  Path trustFile;

  @Option(
      names = "--allow-revoked",
      description =
          "Pass an entry that is revoked or signed by a key later removed as compromised.")
  boolean allowRevoked;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description = "Remember the newest checkpoint per origin here; refuse a fork.")
  Path state;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N", description = "Files hashed at once.")
  Integer threads;

  @Option(names = "--allow-symlinks", description = "Hash a symlink's target instead of refusing.")
  boolean allowSymlinks;

  @Override
  protected int run() throws Exception {
    HashOptions hashing = HashOptions.defaults().withSymlinksAllowed(allowSymlinks);
    if (threads != null) {
      if (threads < 1 || threads > HashOptions.MAX_THREADS) {
        throw new ParameterException(
            spec.commandLine(), "--threads " + threads + ", want 1 to " + HashOptions.MAX_THREADS);
      }
      hashing = hashing.withThreads(threads);
    }
    TrustPolicy trust = Inputs.trust(trustFile);
    Bundle bundle = Inputs.bundle(bundleFile);
    Report report =
        BundleVerifier.verify(
            bundle,
            trust,
            Optional.ofNullable(dir),
            new BundleVerifier.Options(allowRevoked, hashing));
    if (state != null) {
      report = withState(report, bundle, trust);
    }
    String subject = "entry " + entryId(bundle) + (dir == null ? "" : " and " + dir);
    return ReportPrinter.print(out(), main.terminal(), report, json, subject);
  }

  /**
   * The state check goes right after the checkpoint's: a fork is as fundamental as a bad signature
   * on the checkpoint, and is the first failure to report.
   */
  private Report withState(Report report, Bundle bundle, TrustPolicy trust) throws IOException {
    String note = bundle.entry().proof().checkpoint();
    Checkpoint checkpoint;
    try {
      checkpoint = trust.verify(note);
    } catch (CheckpointException e) {
      return report; // already reported failed; nothing to remember
    }
    Check observed = CheckpointState.open(state).observe(note, checkpoint, Optional.empty());
    List<Check> checks = new ArrayList<>(report.checks());
    checks.add(1, observed);
    return new Report(checks);
  }

  /** The entry id the bundle claims (SHA-256 of the payload): a label; the report proves it. */
  private static String entryId(Bundle bundle) {
    try {
      ChainRecord record =
          ChainRecord.parse(bundle.entry().index(), bundle.entry().leaf().toByteArray());
      return Sha256.hex(record.envelope().payload().toByteArray());
    } catch (ChainException e) {
      return "(unreadable)";
    }
  }
}
