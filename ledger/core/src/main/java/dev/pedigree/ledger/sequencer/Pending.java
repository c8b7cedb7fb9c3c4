package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.intake.Submission;
import java.util.concurrent.CompletableFuture;

/** A submission waiting for its answer. */
record Pending(Submission submission, CompletableFuture<Appended> future) {}
