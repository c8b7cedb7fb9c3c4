package dev.pedigree.ledger.store;

import java.util.List;
import java.util.Optional;

/**
 * One page of an index query; {@code next} is the opaque cursor of the following page, absent on
 * the last one.
 */
public record Page<T>(List<T> items, Optional<String> next) {
  public Page {
    items = List.copyOf(items);
    if (next.isPresent() && items.isEmpty()) {
      throw new IllegalArgumentException("an empty page with a next cursor");
    }
  }
}
