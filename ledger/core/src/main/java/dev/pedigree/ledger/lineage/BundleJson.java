package dev.pedigree.ledger.lineage;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a bundle (DESIGN A7) as JSON text straight from its parts, without building a tree:
 * pretty-printed for people and saved files, or compact for an answer that embeds it.
 */
final class BundleJson {
  private BundleJson() {}

  /** An entry's leaf in standard padded base64 and its C2SP tlog-proof text. */
  record Proved(String leaf, String proof) {}

  /**
   * The bundle's text in UTF-8. Pretty is Jackson's default pretty printer, the form the
   * standalone bundle has always had. Bytes, not a String: a checkpoint's signature line starts
   * with U+2014, which would make the text a UTF-16 String, costly to build and to encode again.
   */
  static byte[] write(Proved entry, List<Proved> keys, List<Proved> revocations, boolean pretty) {
    ByteArrayBuilder text = new ByteArrayBuilder(8192);
    try (JsonGenerator json =
        Json.mapper().getFactory().createGenerator(text, JsonEncoding.UTF8)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
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
    json.writeStringField("leaf", proved.leaf());
    json.writeStringField("proof", proved.proof());
    json.writeEndObject();
  }
}
