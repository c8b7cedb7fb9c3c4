package dev.pedigree.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.manifest.Manifest;
import dev.pedigree.ledger.manifest.ManifestFile;

/**
 * What {@code pedigree hash --json} prints (DESIGN A9). Kept out of {@link HashCommand}, whose
 * methods picocli reflects over, so that a plain {@code hash} does not load Jackson.
 */
final class ManifestJson {
  private ManifestJson() {}

  /** {@code {"files": [{"path", "size", "sha256"}...], "manifestDigest": "<hex>"}}. */
  static ObjectNode of(Manifest manifest) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode files = root.putArray("files");
    for (ManifestFile f : manifest.files()) {
      files.addObject().put("path", f.path()).put("size", f.size()).put("sha256", f.sha256().hex());
    }
    root.put("manifestDigest", manifest.digest().hex());
    return root;
  }
}
