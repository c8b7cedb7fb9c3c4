package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Graph and search queries over the store's indexes (DESIGN B5): ancestors from the parents each
 * statement names, descendants from the store's children index, entries by file digest. Every walk
 * is bounded by a depth and a node count.
 */
public final class LineageQueries {
  private final Store store;
  private final EntryReader reader;

  public LineageQueries(Store store) {
    this.store = store;
    this.reader = new EntryReader(store);
  }

  /**
   * The lineage of an entry, breadth first, up to {@code depth} edges away and {@code limit}
   * nodes (the entry itself included). Empty when the id is not in the log.
   */
  public Optional<Lineage> lineage(String id, Direction direction, int depth, int limit)
      throws StoreException {
    if (depth < 0 || limit < 1) {
      throw new IllegalArgumentException("depth " + depth + ", limit " + limit
          + ": want depth >= 0 and limit >= 1");
    }
    Optional<StoredRecord> start = reader.byId(id);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Lineage.Node> nodes = new LinkedHashMap<>();
    Set<Lineage.Edge> edges = new LinkedHashSet<>();
    nodes.put(id, node(start.get(), 0));
    boolean truncated = false;
    if (direction != Direction.DESCENDANTS) {
      truncated |= walk(start.get(), true, depth, limit, nodes, edges);
    }
    if (direction != Direction.ANCESTORS) {
      truncated |= walk(start.get(), false, depth, limit, nodes, edges);
    }
    return Optional.of(new Lineage(new ArrayList<>(nodes.values()), new ArrayList<>(edges),
        truncated));
  }

  private boolean walk(StoredRecord start, boolean up, int depth, int limit,
      Map<String, Lineage.Node> nodes, Set<Lineage.Edge> edges) throws StoreException {
    Deque<StoredRecord> frontier = new ArrayDeque<>(List.of(start));
    for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
      Deque<StoredRecord> next = new ArrayDeque<>();
      for (StoredRecord from : frontier) {
        for (Link link : up ? parents(from) : children(from, limit)) {
          edges.add(up ? new Lineage.Edge(link.id(), from.id(), link.relation())
              : new Lineage.Edge(from.id(), link.id(), link.relation()));
          if (nodes.containsKey(link.id())) {
            continue;
          }
          if (nodes.size() >= limit) {
            return true;
          }
          StoredRecord record = reader.byId(link.id()).orElseThrow(
              () -> new StoreException("entry " + link.id() + " linked from " + from.id()
                  + " is not in the log"));
          nodes.put(link.id(), node(record, up ? -level : level));
          next.add(record);
        }
      }
      frontier = next;
    }
    return false;
  }

  private record Link(String id, String relation) {}

  private static List<Link> parents(StoredRecord record) {
    if (record.statement().predicate() instanceof ModelPredicate m) {
      List<Link> links = new ArrayList<>();
      for (Parent p : m.parents()) {
        links.add(new Link(p.id().hex(), p.relation().wireName()));
      }
      return links;
    }
    return List.of();
  }

  private List<Link> children(StoredRecord record, int limit) throws StoreException {
    List<Link> links = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<ChildLink> page = store.children(Bytes.fromHex(record.id()), cursor,
          Math.min(Store.MAX_PAGE, limit + 1));
      page.items().forEach(c -> links.add(new Link(c.id().hex(), c.relation())));
      cursor = page.next();
    } while (cursor.isPresent() && links.size() <= limit);
    return links;
  }

  private static Lineage.Node node(StoredRecord record, int depth) {
    if (record.statement().predicate() instanceof ModelPredicate m) {
      return new Lineage.Node(record.id(), record.index(), m.kind().wireName(),
          m.model().name().text(), m.model().version().value(), depth);
    }
    return new Lineage.Node(record.id(), record.index(),
        record.statement().kind().wireName(), null, null, depth);
  }

  /** An entry holding a file of the searched digest. */
  public record SearchHit(String id, long index, String name, String version, String path) {}

  /** Entries holding a file of this SHA-256, by index then path, paged (DESIGN A8 search). */
  public Page<SearchHit> search(Bytes sha256, Optional<String> cursor, int limit)
      throws StoreException {
    Page<DigestHit> page = store.entriesWithDigest(sha256, cursor, limit);
    List<SearchHit> hits = new ArrayList<>();
    for (DigestHit hit : page.items()) {
      StoredRecord record = reader.at(hit.index()).orElseThrow();
      ModelPredicate m = (ModelPredicate) record.statement().predicate();
      hits.add(new SearchHit(record.id(), hit.index(), m.model().name().text(),
          m.model().version().value(), hit.path()));
    }
    return new Page<>(hits, page.next());
  }
}
