package dev.pedigree.ledger.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.List;
import java.util.Objects;

/**
 * An entry's offline bundle (DESIGN A7): the entry, the {@code key} entries of the namespaces it
 * involves and its revocations, each a leaf with a tlog-proof, every proof embedding the same
 * checkpoint. A bundle is only well-formed here; {@link BundleVerifier} says what it proves.
 */
public record Bundle(BundleItem entry, List<BundleItem> keys, List<BundleItem> revocations) {
  public static final String MEDIA_TYPE = "application/vnd.pedigree.bundle.v1+json";

  /**
   * At most this many items per list. A namespace needs few key entries; the bound stops a bundle
   * from making the verifier decode and hash without end.
   */
  public static final int MAX_ITEMS = 1024;

  /** A bundle file is refused unread past this size (16 MiB): the parsed tree is bounded by it. */
  public static final int MAX_BYTES = 16 << 20;

  public Bundle {
    Objects.requireNonNull(entry, "entry");
    keys = List.copyOf(keys);
    revocations = List.copyOf(revocations);
    if (keys.size() > MAX_ITEMS || revocations.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("more than " + MAX_ITEMS + " keys or revocations");
    }
  }

  /**
   * Reads a bundle leniently as to layout (the bundle's JSON is not canonical: any member order,
   * any whitespace) but strictly as to content: exactly the members of DESIGN A7, the media type,
   * canonical base64 leaves, well-formed tlog-proofs. Unknown members are refused: the media type
   * is versioned, and a member this version ignores could be one a reader is meant to check.
   *
   * @throws BundleFormatException naming the member at fault
   */
  public static Bundle parse(byte[] json) throws BundleFormatException {
    return BundleParser.parse(json);
  }

  /** The bundle as JSON: {@code mediaType}, {@code entry}, {@code keys}, {@code revocations}. */
  public String format() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("mediaType", MEDIA_TYPE);
    node.set("entry", itemJson(entry));
    ArrayNode keyArray = node.putArray("keys");
    keys.forEach(k -> keyArray.add(itemJson(k)));
    ArrayNode revocationArray = node.putArray("revocations");
    revocations.forEach(r -> revocationArray.add(itemJson(r)));
    return node.toPrettyString() + "\n";
  }

  private static ObjectNode itemJson(BundleItem item) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("leaf", item.leaf().base64());
    node.put("proof", item.proof().format());
    return node;
  }
}
