package dev.pedigree.api;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bundled {@code openapi.yaml}: its exact bytes (served) and its parsed form (validated). */
public record OpenApiDocument(byte[] yaml, JsonObject json) {
  /** The classpath resource, also the path it is served at. */
  public static final String RESOURCE = "openapi.yaml";

  private static final Set<String> VALIDATOR_MEDIA_TYPES =
      Set.of("application/json", "text/plain; charset=utf-8");

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
    return new OpenApiDocument(yaml, forValidator(new JsonObject(tree)));
  }

  /**
   * vertx-openapi 5.0 refuses a contract whose responses use media types it cannot validate
   * (application/problem+json, application/yaml, JSON Lines, Prometheus text). The router validates
   * requests only, never responses, so the copy it is given drops those response contents; the
   * served document keeps them.
   */
  private static JsonObject forValidator(JsonObject contract) {
    JsonObject copy = contract.copy();
    copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
      if (op.getValue() instanceof JsonObject operation && operation.containsKey("responses")) {
        dropUnsupported(operation.getJsonObject("responses"));
      }
    }));
    JsonObject components = copy.getJsonObject("components", new JsonObject());
    dropUnsupported(components.getJsonObject("responses", new JsonObject()));
    return copy;
  }

  private static void dropUnsupported(JsonObject responses) {
    responses.forEach(response -> {
      if (response.getValue() instanceof JsonObject r && r.containsKey("content")) {
        JsonObject content = r.getJsonObject("content");
        content.fieldNames().removeIf(type -> !VALIDATOR_MEDIA_TYPES.contains(type));
        if (content.isEmpty()) {
          r.remove("content");
        }
      }
    });
  }

  @Override
  public byte[] yaml() {
    return yaml.clone();
  }
}
