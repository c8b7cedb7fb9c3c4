package dev.pedigree.ledger.statement;

import java.util.Objects;

/** {@code name@version}: what a model entry registers, once ever (DESIGN A5). */
public record ModelRef(ModelName name, ModelVersion version) {
  public ModelRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  public static ModelRef of(String name, String version) throws StatementException {
    ModelName n;
    try {
      n = ModelName.of(name);
    } catch (StatementException e) {
      throw e.under("/name");
    }
    try {
      return new ModelRef(n, ModelVersion.of(version));
    } catch (StatementException e) {
      throw e.under("/version");
    }
  }

  @Override
  public String toString() {
    return name + "@" + version;
  }
}
