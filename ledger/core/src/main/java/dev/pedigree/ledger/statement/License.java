package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's licence (DESIGN A5): {@code {"spdx": <SPDX id or LicenseRef-...>, "url"?,
 * "restrictions"?: [strings]}}.
 */
public record License(String spdx, Optional<String> url, Optional<List<String>> restrictions) {
  public static final int MAX_SPDX_CHARS = 128;

  public License {
    Objects.requireNonNull(url, "url");
    restrictions = restrictions.map(List::copyOf);
    String s = spdx;
    Invariant.require(() -> checkSpdx(s));
  }

  /** A licence with only its SPDX id. */
  public static License spdx(String spdx) throws StatementException {
    return of(spdx, Optional.empty(), Optional.empty());
  }

  public static License of(String spdx, Optional<String> url, Optional<List<String>> restrictions)
      throws StatementException {
    try {
      checkSpdx(spdx);
    } catch (StatementException e) {
      throw e.under("/spdx");
    }
    return new License(spdx, url, restrictions);
  }

  /** SPDX idstring characters (SPDX 2.3 Annex D), {@code +} included for "or later". */
  private static void checkSpdx(String spdx) throws StatementException {
    boolean ok = !spdx.isEmpty() && spdx.length() <= MAX_SPDX_CHARS;
    for (int i = 0; ok && i < spdx.length(); i++) {
      char c = spdx.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '+';
    }
    if (!ok) {
      throw new StatementException(
          "",
          "got " + Quote.of(spdx) + ", want an SPDX id or LicenseRef-..., 1 to "
              + MAX_SPDX_CHARS + " of [A-Za-z0-9.+-]");
    }
  }

  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("spdx", spdx);
    url.ifPresent(u -> node.put("url", u));
    restrictions.ifPresent(
        list -> {
          ArrayNode array = node.putArray("restrictions");
          list.forEach(array::add);
        });
    return node;
  }
}
