package dev.pedigree.api;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bundled {@code openapi.yaml}: its exact bytes (served) and its parsed form (validated). */
public record OpenApiDocument(byte[] yaml, JsonObject json) {
  /** The classpath resource, also the path it is served at. */
  public static final String RESOURCE = "openapi.yaml";

  /** Reads the document from the classpath; a missing or unparsable one is a build error. */
  public static OpenApiDocument load() {
    byte[] yaml;
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      yaml = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // SafeConstructor: plain maps, lists and scalars only, no arbitrary types.
    Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> tree = parser.load(new String(yaml, StandardCharsets.UTF_8));
    return new OpenApiDocument(yaml, new JsonObject(tree));
  }

  @Override
  public byte[] yaml() {
    return yaml.clone();
  }
}
