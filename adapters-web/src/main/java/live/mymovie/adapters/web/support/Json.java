package live.mymovie.adapters.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import live.mymovie.domain.Refusal;
import live.mymovie.domain.Refusal.FieldError;

/**
 * Reads JSON request bodies (size-limited, type-checked, validated) and writes JSON answers.
 */
public final class Json {

    public static final String JSON_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper mapper = strict(new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
    private final Validator validator;
    private final long limitBytes;

    public Json(long limitBytes) {
        this.limitBytes = limitBytes;
        // The factory lives as long as the server; its validator is thread-safe.
        this.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    /**
     * A number where text belongs, text where a number belongs, a fraction where a whole
     * number belongs: each is a wrong type (422), never quietly converted.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /** The body as the given record, refused with 413, 415, 400 or 422 as it deserves. */
    public <T> T read(ServerRequest request, Class<T> type) {
        return readIfPresent(request, type)
                .orElseThrow(() -> new BadRequest("The request needs a JSON body."));
    }

    /** Like {@link #read}, but empty when the request has no body at all. */
    public <T> Optional<T> readIfPresent(ServerRequest request, Class<T> type) {
        if (!request.content().hasEntity()) {
            return Optional.empty();
        }
        requireJsonType(request);
        byte[] body = readLimited(request);
        if (body.length == 0) {
            return Optional.empty();
        }
        T value = parse(body, type);
        validate(value);
        return Optional.of(value);
    }

    /** Sends the value as JSON with the given status. */
    public void send(ServerResponse response, Status status, Object value) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, JSON_TYPE);
        response.send(bytes(value));
    }

    public byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write " + value.getClass(), e);
        }
    }

    public String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot write " + value.getClass(), e);
        }
    }

    private static void requireJsonType(ServerRequest request) {
        boolean json = request.headers().contentType()
                .map(t -> t.mediaType())
                .filter(t -> t.type().equals("application")
                        && (t.subtype().equals("json") || t.subtype().endsWith("+json")))
                .isPresent();
        if (!json) {
            throw new Refusal.UnsupportedMedia("The body must be application/json.");
        }
    }

    private byte[] readLimited(ServerRequest request) {
        if (request.headers().contentLength().orElse(0) > limitBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes((int) limitBytes + 1);
            if (body.length > limitBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Refusal.TooLarge tooLarge() {
        return new Refusal.TooLarge("A JSON body may have at most " + limitBytes + " bytes.");
    }

    private <T> T parse(byte[] body, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new BadRequest("The body must be a JSON object.");
            }
            return value;
        } catch (MismatchedInputException e) {
            String field = fieldOf(e);
            throw Refusal.InvalidInput.of(field, field + " has the wrong type.");
        } catch (IOException e) {
            throw new BadRequest("The body is not valid JSON.");
        }
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }

    private <T> void validate(T value) {
        List<FieldError> errors = validator.validate(value).stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new Refusal.InvalidInput(errors);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
