package dev.pedigree.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Style;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestUtils;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.transformer.FormTransformer;
import io.vertx.openapi.validation.transformer.LabelTransformer;
import io.vertx.openapi.validation.transformer.MatrixTransformer;
import io.vertx.openapi.validation.transformer.ParameterTransformer;
import io.vertx.openapi.validation.transformer.SimpleTransformer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates an operation's parameters against {@code openapi.yaml}, as vertx-openapi's router
 * does, step for step: the same extraction ({@link RequestUtils}), the same transformers, the
 * document's JSON Schemas and the same exceptions, so a request is refused exactly when and
 * exactly as it was (see {@code ParameterValidationTest}). Two things differ, both costs:
 * vertx-openapi 5.0 builds a new schema validator for every parameter of every request (copying
 * the contract's whole schema table each time), and runs every validation as an ordered blocking
 * task, so one worker thread at a time validated all requests of an event loop. Here each
 * parameter's validator is built once, and the check runs on the event loop that received the
 * request: a few short strings against small schemas, no I/O.
 */
public final class ParameterValidation implements Handler<RoutingContext> {
  private static final Map<Style, ParameterTransformer> TRANSFORMERS = Map.of(
      Style.SIMPLE, new SimpleTransformer(),
      Style.LABEL, new LabelTransformer(),
      Style.MATRIX, new MatrixTransformer(),
      Style.FORM, new FormTransformer());

  private final Operation operation;
  private final List<Check> checks;

  private ParameterValidation(Operation operation, List<Check> checks) {
    this.operation = operation;
    this.checks = List.copyOf(checks);
  }

  /**
   * The validation of {@code operation}'s parameters; empty when it declares none (the router's
   * own validation then checks nothing either). Only operations without a request body: bodies
   * are checked by the handlers that read them ({@link JsonBody}).
   */
  public static Optional<ParameterValidation> of(OpenAPIContract contract, Operation operation) {
    if (operation.getRequestBody() != null) {
      throw new IllegalStateException("operation " + operation.getOperationId()
          + " has a request body; only parameters are validated here");
    }
    List<Check> checks = new ArrayList<>();
    for (Parameter parameter : operation.getParameters()) {
      checks.add(new Check(parameter, TRANSFORMERS.get(parameter.getStyle()),
          contract.getSchemaRepository().validator(parameter.getSchema()),
          IntegerRange.of(parameter)));
    }
    return checks.isEmpty() ? Optional.empty()
        : Optional.of(new ParameterValidation(operation, checks));
  }

  @Override
  public void handle(RoutingContext ctx) {
    // Without a request body the extraction completes at once, on this thread.
    RequestUtils.extract(ctx.request(), operation).onComplete(extracted -> {
      if (extracted.failed()) {
        ctx.fail(extracted.cause());
        return;
      }
      try {
        for (Check check : checks) {
          check.validate(extracted.result());
        }
      } catch (RuntimeException e) {
        ctx.fail(e);
        return;
      }
      ctx.next();
    });
  }

  /**
   * One declared parameter: where to find it, how to read it, its schema's validator, and the
   * range of a plain integer schema, if it is one.
   */
  private record Check(Parameter parameter, ParameterTransformer transformer, Validator schema,
      Optional<IntegerRange> range) {
    void validate(ValidatableRequest request) {
      RequestParameter value = switch (parameter.getIn()) {
        case PATH -> request.getPathParameters().get(parameter.getName());
        case QUERY -> request.getQuery().get(parameter.getName());
        case HEADER -> request.getHeaders().get(parameter.getName());
        case COOKIE -> request.getCookies().get(parameter.getName());
      };
      if (value == null || value.isNull()) {
        if (parameter.isRequired()) {
          throw ValidatorException.createMissingRequiredParameter(parameter);
        }
        return;
      }
      if (transformer == null) {
        throw ValidatorException.createUnsupportedValueFormat(parameter);
      }
      String text = String.valueOf(value.get());
      if (range.isPresent() && range.get().accepts(text)) {
        return;
      }
      Object transformed = transformer.transform(parameter, text);
      OutputUnit result = schema.validate(transformed);
      try {
        result.checkValidity();
      } catch (JsonSchemaValidationException e) {
        throw SchemaValidationException.createErrorFromOutputUnitType(parameter, result, e);
      }
    }
  }

  /**
   * The bounds of a schema that is only {@code type: integer} with integer {@code minimum} and
   * {@code maximum} (and a {@code default}, which validation ignores). Text that is a canonical
   * decimal of at most 18 digits within them is a value the transformer reads as that integer
   * and the schema accepts, so it passes without either; any other text, valid or not, goes the
   * whole way, so that refusals are the library's own.
   */
  private record IntegerRange(long min, long max) {
    private static final Set<String> KEYWORDS = Set.of("type", "minimum", "maximum", "default");
    private static final int MAX_DIGITS = 18; // below 10^18, so it fits in a long

    static Optional<IntegerRange> of(Parameter parameter) {
      JsonSchema schema = parameter.getSchema();
      if (parameter.getSchemaType() != SchemaType.INTEGER
          || !KEYWORDS.containsAll(schema.fieldNames())
          || !(schema.get("minimum") instanceof Number min && integral(min))
          || !(schema.get("maximum") instanceof Number max && integral(max))) {
        return Optional.empty();
      }
      return Optional.of(new IntegerRange(clamp(min), clamp(max)));
    }

    boolean accepts(String text) {
      int length = text.length();
      if (length == 0 || length > MAX_DIGITS || (text.charAt(0) == '0' && length > 1)) {
        return false; // a leading zero is not JSON: the transformer reads it as a string
      }
      long value = 0;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        value = 10 * value + (c - '0');
      }
      return value >= min && value <= max;
    }

    private static boolean integral(Number n) {
      return n instanceof Integer || n instanceof Long || n instanceof BigInteger;
    }

    /** Bounds beyond a long compare with an 18-digit value as the nearest long does. */
    private static long clamp(Number n) {
      BigInteger value = n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
      return value.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE))
          .longValue();
    }
  }
}
