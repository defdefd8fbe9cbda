package de.agency.integration.web.input;

import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.Violation;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * Query, path and header parameters of an enumeration type: a value that is none of its constants is bad input,
 * answered with 400 naming the parameter and the allowed values (the value itself is not repeated), instead of the
 * bodiless 404 that JAX-RS prescribes for a query or path parameter that cannot be converted.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType.isEnum() ? new EnumConverter<>(rawType, parameterName(annotations)) : null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record EnumConverter<T>(Class<T> type, String parameter) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            return Arrays.stream(type.getEnumConstants()).filter(constant -> ((Enum<?>) constant).name().equals(value))
                    .findFirst().orElseThrow(() -> new InvalidInputException("The parameter " + parameter
                            + " has a value that is not allowed", List.of(new Violation(parameter, "must be one of "
                            + Arrays.toString(type.getEnumConstants())))));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : ((Enum<?>) value).name();
        }
    }
}
