package dev.pedigree.ledger.service;

import dev.pedigree.ledger.statement.Statement;
import java.util.List;

/** An entry as the API shows it: where it is in the log, when, who signed, and its statement. */
public record EntryView(String id, long index, String integratedTime, List<String> signerKeyIds,
    Statement statement) {}
