package de.agency.integration.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A report as JSON, or as CSV with {@code ?format=csv} (RFC 4180: header line, CRLF, quoted where needed; columns in the order of the row record). */
final class CsvReport {

    static final String CSV = "text/csv";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private CsvReport() {
    }

    static <T> Response respond(String name, Class<T> rowType, List<T> rows, String format) {
        if (!"csv".equalsIgnoreCase(format)) {
            return Response.ok(rows).build();
        }
        try {
            String csv = MAPPER.writer(MAPPER.schemaFor(rowType).withHeader().withLineSeparator("\r\n"))
                    .writeValueAsString(rows);
            return Response.ok(csv, CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report " + name + " cannot be written as CSV", e);
        }
    }
}
