package de.agency.integration.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses JSON strings with a NUL character ({@code \u0000}): PostgreSQL cannot store it, so it would otherwise fail
 * only at commit. The request gets a 400 naming the field instead.
 */
@Singleton
public class NulCharacterRejection implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("reject-nul-character")
                .addDeserializer(String.class, new NulRejectingStringDeserializer()));
    }

    static final class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

        NulRejectingStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw MismatchedInputException.from(parser, String.class,
                        "must not contain the NUL character (\\u0000)");
            }
            return value;
        }
    }
}
