package dev.pedigree.ledger.lineage;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes a bundle (DESIGN A7) as JSON text in UTF-8 straight from its parts, without building a
 * tree: pretty-printed for people and saved files, or compact for an answer that embeds it.
 *
 * <p>A bundle is mostly a few long strings: leaves in base64 and proof texts, each ending with the
 * same signed checkpoint. They are put together already escaped, the checkpoint escaped once per
 * bundle (or once per checkpoint by the caller), rather than escaped character by character
 * again for each item: the checkpoint's U+2014 would make each proof a UTF-16 String.
 */
final class BundleJson {
  private static final byte[] HEADER =
      "c2sp.org/tlog-proof@v1\\nindex ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NEWLINE = {'\\', 'n'};
  private static final byte[] COMPACT_HEAD = ascii(
      "{\"mediaType\":\"" + Bundles.MEDIA_TYPE + "\",\"entry\":");
  private static final byte[] COMPACT_KEYS = ascii(",\"keys\":[");
  private static final byte[] COMPACT_REVOCATIONS = ascii("],\"revocations\":[");
  private static final byte[] COMPACT_END = ascii("]}");
  private static final byte[] ITEM_LEAF = ascii("{\"leaf\":\"");
  private static final byte[] ITEM_PROOF = ascii("\",\"proof\":\"");
  private static final byte[] ITEM_END = ascii("\"}");

  private BundleJson() {}

  /** An entry's leaf and its proof text, each the contents of a JSON string, escaped, in UTF-8. */
  static final class Proved {
    private final byte[] leaf;
    private final byte[] proof;

    private Proved(byte[] leaf, byte[] proof) {
      this.leaf = leaf;
      this.proof = proof;
    }
  }

  /**
   * The item of the leaf at {@code index} with its inclusion path: the leaf in standard padded
   * base64 and the C2SP tlog-proof text of {@code TlogProof.format()} (DESIGN A7), {@code
   * checkpoint} being {@link #escape escaped} already.
   */
  static Proved proved(Bytes leaf, long index, List<byte[]> path, Bytes checkpoint) {
    Base64.Encoder base64 = Base64.getEncoder();
    byte[] escaped = checkpoint.toByteArray();
    byte[] digits = Long.toUnsignedString(index).getBytes(StandardCharsets.US_ASCII);
    int length = HEADER.length + digits.length + NEWLINE.length + NEWLINE.length + escaped.length;
    for (byte[] hash : path) {
      length += 4 * ((hash.length + 2) / 3) + NEWLINE.length;
    }
    byte[] proof = new byte[length];
    int at = put(proof, 0, HEADER);
    at = put(proof, at, digits);
    at = put(proof, at, NEWLINE);
    for (byte[] hash : path) {
      at = put(proof, at, base64.encode(hash));
      at = put(proof, at, NEWLINE);
    }
    at = put(proof, at, NEWLINE);
    put(proof, at, escaped);
    return new Proved(base64.encode(leaf.toByteArray()), proof);
  }

  /** The contents of a JSON string holding {@code text}, escaped as Jackson writes strings. */
  static Bytes escape(String text) {
    return Bytes.copyOf(JsonStringEncoder.getInstance().quoteAsUTF8(text));
  }

  /**
   * The bundle's text in UTF-8. Pretty is Jackson's default pretty printer, the form the
   * standalone bundle has always had; compact is what Jackson writes without one.
   */
  static byte[] write(Proved entry, List<Proved> keys, List<Proved> revocations, boolean pretty) {
    return pretty ? jackson(entry, keys, revocations) : compact(entry, keys, revocations);
  }

  /**
   * The compact text put together in one array of the exact length: the items are escaped
   * already, and what surrounds them is fixed, so a generator would only copy bytes around.
   */
  private static byte[] compact(Proved entry, List<Proved> keys, List<Proved> revocations) {
    int length = COMPACT_HEAD.length + length(entry) + COMPACT_KEYS.length
        + COMPACT_REVOCATIONS.length + COMPACT_END.length;
    for (Proved key : keys) {
      length += length(key);
    }
    for (Proved revocation : revocations) {
      length += length(revocation);
    }
    length += commas(keys) + commas(revocations);
    byte[] text = new byte[length];
    int at = put(text, 0, COMPACT_HEAD);
    at = item(text, at, entry);
    at = put(text, at, COMPACT_KEYS);
    at = items(text, at, keys);
    at = put(text, at, COMPACT_REVOCATIONS);
    at = items(text, at, revocations);
    at = put(text, at, COMPACT_END);
    if (at != length) {
      throw new IllegalStateException("wrote " + at + " bytes of " + length);
    }
    return text;
  }

  /** The bytes of {@link #item(byte[], int, Proved)}. */
  private static int length(Proved proved) {
    return ITEM_LEAF.length + proved.leaf.length + ITEM_PROOF.length + proved.proof.length
        + ITEM_END.length;
  }

  private static int item(byte[] text, int at, Proved proved) {
    at = put(text, at, ITEM_LEAF);
    at = put(text, at, proved.leaf);
    at = put(text, at, ITEM_PROOF);
    at = put(text, at, proved.proof);
    return put(text, at, ITEM_END);
  }

  private static int commas(List<Proved> items) {
    return Math.max(0, items.size() - 1);
  }

  /** Items separated by commas. */
  private static int items(byte[] text, int at, List<Proved> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        text[at++] = ',';
      }
      at = item(text, at, items.get(i));
    }
    return at;
  }

  private static byte[] jackson(Proved entry, List<Proved> keys, List<Proved> revocations) {
    ByteArrayBuilder text = new ByteArrayBuilder(8192);
    try (JsonGenerator json =
        Json.mapper().getFactory().createGenerator(text, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("mediaType", Bundles.MEDIA_TYPE);
      json.writeFieldName("entry");
      item(json, entry);
      json.writeArrayFieldStart("keys");
      for (Proved key : keys) {
        item(json, key);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("revocations");
      for (Proved revocation : revocations) {
        item(json, revocation);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return text.toByteArray();
  }

  private static void item(JsonGenerator json, Proved proved) throws IOException {
    json.writeStartObject();
    json.writeFieldName("leaf");
    json.writeRawUTF8String(proved.leaf, 0, proved.leaf.length);
    json.writeFieldName("proof");
    json.writeRawUTF8String(proved.proof, 0, proved.proof.length);
    json.writeEndObject();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static int put(byte[] to, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, to, at, bytes.length);
    return at + bytes.length;
  }
}
