package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.statement.ModelVersion;
import dev.pedigree.ledger.statement.Namespace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One object for each equal namespace, version, string and keyid list an audit keeps: a log has few
 * of each, repeated by millions of entries. Not thread-safe.
 */
final class Interner {
  private final Map<String, String> strings = new HashMap<>();
  private final Map<Namespace, Namespace> namespaces = new HashMap<>();
  private final Map<ModelVersion, ModelVersion> versions = new HashMap<>();
  private final Map<List<String>, List<String>> lists = new HashMap<>();

  String string(String s) {
    return strings.computeIfAbsent(s, x -> x);
  }

  Namespace namespace(Namespace n) {
    return namespaces.computeIfAbsent(n, x -> x);
  }

  ModelVersion version(ModelVersion v) {
    return versions.computeIfAbsent(v, x -> x);
  }

  /** An immutable list equal to {@code list}, its strings interned too. */
  List<String> list(List<String> list) {
    List<String> found = lists.get(list);
    if (found == null) {
      found = list.stream().map(this::string).toList();
      lists.put(found, found);
    }
    return found;
  }
}
