package dev.pedigree.ledger.statement;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum constant from the lowercase name the wire uses. */
final class WireNames {
  private WireNames() {}

  static <E> E parse(List<E> allowed, Function<E, String> wireName, String text)
      throws StatementException {
    for (E e : allowed) {
      if (wireName.apply(e).equals(text)) {
        return e;
      }
    }
    throw new StatementException(
        "",
        "got " + Quote.of(text) + ", want one of "
            + allowed.stream().map(wireName).collect(Collectors.joining(", ")));
  }
}
