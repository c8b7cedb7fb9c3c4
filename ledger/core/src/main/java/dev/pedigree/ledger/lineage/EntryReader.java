package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.json.StrictJson;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.Optional;

/**
 * Reads entries back from the store's leaves. The store never parses a leaf (it indexes facts the
 * sequencer hands it), so what the queries show of an entry comes from here. A leaf that does not
 * parse is a damaged store, reported as a {@link StoreException} naming the index.
 */
public final class EntryReader {
  private final Store store;

  public EntryReader(Store store) {
    this.store = store;
  }

  /** The entry at {@code index}, empty when the log is shorter. */
  public Optional<StoredRecord> at(long index) throws StoreException {
    Optional<Bytes> leaf = store.leaf(index);
    if (leaf.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(index, leaf.get()));
  }

  /** The entry with this id (lowercase hex), empty when absent. */
  public Optional<StoredRecord> byId(String id) throws StoreException {
    Optional<Bytes> key = idBytes(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    var index = store.indexOf(key.get());
    return index.isPresent() ? at(index.getAsLong()) : Optional.empty();
  }

  /** The 32 bytes of a lowercase hex id, empty when the text is not one. */
  public static Optional<Bytes> idBytes(String id) {
    if (!Hex.isLowerHex(id, Sha256.LENGTH)) {
      return Optional.empty();
    }
    return Optional.of(Bytes.fromHex(id));
  }

  /** Parses the leaf read at {@code index}. */
  public static StoredRecord parse(long index, Bytes leaf) throws StoreException {
    try {
      ChainRecord record = ChainRecord.parse(index, leaf.toByteArray());
      byte[] payload = record.envelope().payload().toByteArray();
      Statement statement = Statement.parse(StrictJson.parseCanonical(payload));
      return new StoredRecord(index, Sha256.hex(payload), leaf, record, statement);
    } catch (ChainException | JsonFormatException | StatementException e) {
      throw new StoreException("leaf " + index + " does not parse: " + e.getMessage(), e);
    }
  }
}
