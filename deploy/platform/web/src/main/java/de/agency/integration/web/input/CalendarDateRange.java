package de.agency.integration.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads JSON dates only within working life, 1900-01-01 to 2199-12-31: JSON also admits e.g. epoch days far outside
 * what PostgreSQL stores, which would otherwise fail only at commit. The request gets a 400 naming the field.
 */
@Singleton
public class CalendarDateRange implements ObjectMapperCustomizer {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("calendar-date-range")
                .addDeserializer(LocalDate.class, new RangeCheckingLocalDateDeserializer()));
    }

    static final class RangeCheckingLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        RangeCheckingLocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
                throw MismatchedInputException.from(parser, LocalDate.class,
                        "must be a date between " + EARLIEST + " and " + LATEST);
            }
            return value;
        }
    }
}
