package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.rules.Accepted;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.rules.KeyHistory;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.ModelName;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.ModelVersion;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Revocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LedgerView} of an audit, which must hold every entry of a whole log: the same answers
 * as {@code MemoryLedgerView}, in about a third of its memory. Each entry is a row of columns (ids
 * as bytes, kind, interned namespace, model, target and parents as row numbers, interned signer
 * lists); namespaces, versions and signer lists are interned. Not thread-safe.
 */
final class AuditLedgerView implements LedgerView {
  private final EntryIdIndex ids = new EntryIdIndex();
  private final Interner interned = new Interner();
  private long[] indexes = new long[1024];
  private byte[] kinds = new byte[1024];
  private String[] namespaces = new String[1024];
  private ModelRef[] models = new ModelRef[1024];
  private int[] targets = new int[1024];
  private int[] parentStarts = new int[1025];
  private int[] parents = new int[1024];
  private List<?>[] signers = new List<?>[1024];
  private final Map<Integer, Revocation> revocations = new HashMap<>();
  private final Map<String, ModelNames> modelNames = new HashMap<>();
  private final Map<String, KeyHistory> keyHistories = new HashMap<>();
  private final Map<String, String> keyNamespaces = new HashMap<>();
  private long size;

  /** A folded model name's first spelling and its versions (most models have one). */
  private static final class ModelNames {
    final String spelling;
    String version;
    List<String> moreVersions;

    ModelNames(String spelling) {
      this.spelling = spelling;
    }

    void add(String v) {
      if (version == null) {
        version = v;
      } else {
        if (moreVersions == null) {
          moreVersions = new ArrayList<>();
        }
        moreVersions.add(v);
      }
    }

    boolean has(String v) {
      return v.equals(version) || (moreVersions != null && moreVersions.contains(v));
    }
  }

  /** Records an entry the rules accepted; entries come in index order. */
  void apply(Accepted accepted) {
    EntryInfo info = accepted.info();
    if (info.index() < size) {
      throw new IllegalArgumentException("index " + info.index() + ", want at least " + size);
    }
    int row = ids.size();
    ensureRow(row, info.parents().size());
    ids.add(info.id());
    size = info.index() + 1;
    indexes[row] = info.index();
    kinds[row] = (byte) info.kind().ordinal();
    namespaces[row] = interned.string(info.namespace());
    targets[row] = info.target() == null ? -1 : row(info.target());
    int start = parentStarts[row];
    for (String parent : info.parents()) {
      parents[start++] = row(parent);
    }
    parentStarts[row + 1] = start;
    signers[row] = interned.list(info.signerKeyIds());
    if (info.revocation() != null) {
      revocations.put(row, info.revocation());
    }
    if (info.model() != null) {
      ModelRef model = info.model();
      ModelRef compact = compact(model);
      String folded = model.name().folded();
      String text = model.name().text();
      ModelNames names =
          modelNames.computeIfAbsent(
              folded, f -> new ModelNames(text.equals(f) ? f : text));
      names.add(compact.version().value());
      models[row] = compact;
    }
    accepted
        .keyHistory()
        .ifPresent(
            h -> {
              keyHistories.put(h.folded(), h);
              h.allKeys().keySet().forEach(k -> keyNamespaces.put(k, h.folded()));
            });
  }

  @Override
  public Optional<EntryInfo> entry(String id) {
    int row = ids.find(id);
    if (row < 0) {
      return Optional.empty();
    }
    List<String> parentIds = new ArrayList<>();
    for (int p = parentStarts[row]; p < parentStarts[row + 1]; p++) {
      parentIds.add(ids.id(parents[p]));
    }
    @SuppressWarnings("unchecked")
    List<String> signerKeyIds = (List<String>) signers[row];
    return Optional.of(
        new EntryInfo(
            id,
            indexes[row],
            Kind.values()[kinds[row]],
            namespaces[row],
            models[row],
            targets[row] < 0 ? null : ids.id(targets[row]),
            parentIds,
            signerKeyIds,
            revocations.get(row)));
  }

  @Override
  public Optional<String> spelling(String foldedName) {
    return Optional.ofNullable(modelNames.get(foldedName)).map(n -> n.spelling);
  }

  @Override
  public boolean versionTaken(String foldedName, String version) {
    ModelNames names = modelNames.get(foldedName);
    return names != null && names.has(version);
  }

  @Override
  public Optional<KeyHistory> keyHistory(String foldedNamespace) {
    return Optional.ofNullable(keyHistories.get(foldedNamespace));
  }

  @Override
  public Optional<String> namespaceOfKey(String keyId) {
    return Optional.ofNullable(keyNamespaces.get(keyId));
  }

  /** The row of an entry the rules found in this view. */
  private int row(String id) {
    int row = ids.find(id);
    if (row < 0) {
      throw new IllegalArgumentException("entry " + id + " is not in the view");
    }
    return row;
  }

  /** The model with its namespace and version objects shared with other entries. */
  private ModelRef compact(ModelRef model) {
    Namespace namespace = interned.namespace(model.name().namespace());
    ModelVersion version = interned.version(model.version());
    return new ModelRef(new ModelName(namespace, model.name().model()), version);
  }

  private void ensureRow(int row, int parentCount) {
    if (row == indexes.length) {
      int n = row * 2;
      indexes = Arrays.copyOf(indexes, n);
      kinds = Arrays.copyOf(kinds, n);
      namespaces = Arrays.copyOf(namespaces, n);
      models = Arrays.copyOf(models, n);
      targets = Arrays.copyOf(targets, n);
      parentStarts = Arrays.copyOf(parentStarts, n + 1);
      signers = Arrays.copyOf(signers, n);
    }
    int need = parentStarts[row] + parentCount;
    if (need > parents.length) {
      parents = Arrays.copyOf(parents, Math.max(need, parents.length * 2));
    }
  }
}
