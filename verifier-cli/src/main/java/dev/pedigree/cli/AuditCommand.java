package dev.pedigree.cli;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.verify.Check;
import dev.pedigree.ledger.verify.ExportAuditor;
import dev.pedigree.ledger.verify.Report;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pedigree audit EXPORT --checkpoint FILE --trust FILE}: a whole log, offline. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audit a whole export (JSON Lines, as GET /v1/log/export serves it) against a signed"
          + " checkpoint, streaming from index 0: the hash chain, every entry's signatures and the"
          + " ledger's rules at its index, and the Merkle root at the checkpoint's size.",
      "Reports the first bad index with the reason. Exit 0 ok, 1 a check failed, 2 input error."
    })
final class AuditCommand extends Subcommand {
  static final String EXPORT_LINE = "export-line";

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "EXPORT", description = "The export file.")
  Path export;

  @Option(
      names = "--checkpoint",
      required = true,
      paramLabel = "FILE",
      description = "The signed checkpoint to audit against.")
  Path checkpointFile;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "POLICY_OR_VKEY",
      description = "A file holding the log's verifier key or a C2SP tlog-policy.")
  Path trustFile;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  protected int run() throws Exception {
    TrustPolicy trust = Inputs.trust(trustFile);
    String note = Inputs.checkpoint(checkpointFile);
    if (Files.isDirectory(export)) {
      throw new InputException(export + ": is a directory, want an export file");
    }
    // LeafLines reads in blocks itself: no buffered stream in between.
    try (InputStream in = Files.newInputStream(export)) {
      return audit(in, note, trust);
    } catch (OutOfMemoryError e) {
      // The audit keeps every entry's id and facts (BENCHMARKS.md, Audit); by now they are gone.
      throw new InputException(
          "out of memory: an audit keeps about 300 bytes for every entry of the export;"
              + " give Java a larger heap, e.g. java -Xmx512m -jar pedigree.jar audit ..."
              + " for 10^6 entries");
    }
  }

  private int audit(InputStream in, String note, TrustPolicy trust) throws Exception {
    Report report;
    long size = size(note, trust);
    if (main.terminal().stderrIsTerminal()) {
      try (ProgressDisplay progress = new ProgressDisplay(spec.commandLine().getErr())) {
        report = audit(in, note, trust, size, progress.entries(size));
      }
    } else {
      report = audit(in, note, trust, size, n -> {});
    }
    return ReportPrinter.print(out(), main.terminal(), report, json, "export " + export);
  }

  private static Report audit(
      InputStream in, String note, TrustPolicy trust, long size, LongConsumer progress)
      throws Exception {
    ExportAuditor auditor;
    try {
      auditor = ExportAuditor.start(note, trust, progress);
    } catch (CheckpointException e) {
      return new Report(List.of(Check.failed("checkpoint", e.getMessage())));
    }
    LeafLines lines = new LeafLines(in, ChainRecord.MAX_LEAF_BYTES);
    try {
      for (byte[] leaf = lines.next(); leaf != null; leaf = lines.next()) {
        auditor.accept(leaf);
        if (auditor.firstBadIndex().isPresent()) {
          break; // nothing after the first bad index is checked: stop reading
        }
      }
    } catch (LeafLines.BadLineException e) {
      // Leaves before the bad line may still be in flight: their verdict comes first.
      boolean earlierBad = auditor.awaitFirstBadIndex().isPresent();
      Report rest = auditor.finish();
      if (earlierBad) {
        return rest;
      }
      // The line that cannot be a leaf is the first bad index; the auditor's own account of a
      // short export follows it.
      List<Check> checks = new ArrayList<>(rest.checks());
      if (Long.compareUnsigned(e.index(), size) >= 0) {
        checks.add(Check.notChecked(EXPORT_LINE, e.getMessage() + ", past the checkpoint's size"));
      } else {
        checks.add(1, Check.failed(EXPORT_LINE, e.getMessage()));
      }
      return new Report(checks);
    }
    return auditor.finish();
  }

  /** The checkpoint's size for the progress bar; 0 if it does not open (reported later). */
  private static long size(String note, TrustPolicy trust) {
    try {
      return trust.verify(note).size();
    } catch (CheckpointException e) {
      return 0;
    }
  }
}
