package dev.pedigree.api.view;

import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.service.EntryView;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Entry} object of {@code openapi.yaml}: the decoded statement, its kind, signers,
 * index, integrated time, signing namespace, status and the attestations about it. Blocking (reads
 * the store): call it off the event loop.
 */
public final class EntryDocument {
  /** At most this many attestation ids are listed inline; the attestations endpoint pages. */
  static final int INLINE_ATTESTATIONS = 100;

  private final Ledger ledger;
  private final EntryReader reader;
  private final EntryStatus status;

  public EntryDocument(Ledger ledger) {
    this.ledger = ledger;
    this.reader = new EntryReader(ledger.store());
    this.status = new EntryStatus(ledger);
  }

  /** The entry with this id, rendered; empty when the id is not in the log. */
  public Optional<Map<String, Object>> byId(String id) throws StoreException {
    Optional<EntryView> view = ledger.entry(id);
    return view.isEmpty() ? Optional.empty() : Optional.of(of(view.get()));
  }

  /** The entry at this index, rendered. */
  public Map<String, Object> at(long index) throws StoreException {
    StoredRecord r = reader.at(index).orElseThrow(
        () -> new StoreException("index " + index + " from an index query is not in the log"));
    return of(view(r));
  }

  public Map<String, Object> of(EntryView entry) throws StoreException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", entry.id());
    doc.put("kind", entry.statement().kind().wireName());
    doc.put("index", entry.index());
    doc.put("integratedTime", entry.integratedTime());
    status.namespace(entry).map(Namespace::value).ifPresent(ns -> doc.put("namespace", ns));
    doc.put("signers", entry.signerKeyIds());
    doc.put("statement", entry.statement().toJson());
    doc.put("status", status.of(entry));
    Page<Long> attestations = ledger.attestations(entry.id(), Optional.empty(),
        INLINE_ATTESTATIONS);
    List<String> ids = new ArrayList<>();
    for (long index : attestations.items()) {
      reader.at(index).ifPresent(a -> ids.add(a.id()));
    }
    doc.put("attestations", ids);
    return doc;
  }

  /** The API's view of a record read back from the store. */
  static EntryView view(StoredRecord r) {
    return new EntryView(r.id(), r.index(), r.record().integratedTime().toString(),
        r.record().envelope().keyIds(), r.statement());
  }
}
