package dev.pedigree.ledger.statement;

import java.util.Objects;

/**
 * A model name {@code namespace/model} (DESIGN A5), kept in the spelling it was given; uniqueness
 * compares {@link #folded()} forms.
 *
 * <p>A value like a record (equal when its namespace and model are), but not one: it keeps its
 * text and folded form, made once when it is built, because the sequencer, the rules and the
 * store ask for them several times per entry.
 */
public final class ModelName {
  public static final int MAX_MODEL_CHARS = 128;

  private final Namespace namespace;
  private final String model;
  private final String text;
  private final String folded;

  /**
   * A name of these parts.
   *
   * @throws IllegalArgumentException when {@code model} is not 1–128 of {@code [A-Za-z0-9._-]}
   *     without a {@code .} or {@code -} at either end
   */
  public ModelName(Namespace namespace, String model) {
    String full = namespace.value() + "/" + model;
    Invariant.require(() -> NameGrammar.checkPart(full, model, "model", MAX_MODEL_CHARS));
    this.namespace = namespace;
    this.model = model;
    this.text = full;
    this.folded = NameGrammar.fold(full);
  }

  /** Parses {@code namespace/model}. */
  public static ModelName of(String text) throws StatementException {
    int slash = text.indexOf('/');
    if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
      throw new StatementException("", "got " + Quote.of(text) + ", want namespace/model");
    }
    String namespace = text.substring(0, slash);
    String model = text.substring(slash + 1);
    NameGrammar.checkPart(text, namespace, "namespace", Namespace.MAX_CHARS);
    NameGrammar.checkPart(text, model, "model", MAX_MODEL_CHARS);
    return new ModelName(new Namespace(namespace), model);
  }

  public Namespace namespace() {
    return namespace;
  }

  /** The part after {@code /}. */
  public String model() {
    return model;
  }

  /** The name as written, {@code namespace/model}. */
  public String text() {
    return text;
  }

  /**
   * The folded form uniqueness uses: lowercase, {@code _} and {@code .} mapped to {@code -}, so
   * {@code Meta_Llama/Llama.3} and {@code meta-llama/llama-3} are one name.
   */
  public String folded() {
    return folded;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelName other
        && namespace.equals(other.namespace)
        && model.equals(other.model);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, model);
  }

  @Override
  public String toString() {
    return text;
  }
}
