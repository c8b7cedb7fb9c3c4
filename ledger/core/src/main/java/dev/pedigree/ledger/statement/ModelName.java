package dev.pedigree.ledger.statement;

/**
 * A model name {@code namespace/model} (DESIGN A5), kept in the spelling it was given; uniqueness
 * compares {@link #folded()} forms.
 */
public record ModelName(Namespace namespace, String model) {
  public static final int MAX_MODEL_CHARS = 128;

  public ModelName {
    String full = namespace.value() + "/" + model;
    String m = model;
    Invariant.require(() -> NameGrammar.checkPart(full, m, "model", MAX_MODEL_CHARS));
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

  /** The name as written, {@code namespace/model}. */
  public String text() {
    return namespace.value() + "/" + model;
  }

  /**
   * The folded form uniqueness uses: lowercase, {@code _} and {@code .} mapped to {@code -}, so
   * {@code Meta_Llama/Llama.3} and {@code meta-llama/llama-3} are one name.
   */
  public String folded() {
    return NameGrammar.fold(text());
  }

  @Override
  public String toString() {
    return text();
  }
}
