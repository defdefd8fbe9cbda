package de.agency.integration.access.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.agency.integration.access.service.MembershipRow;
import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X90 memberships from CSV (RFC 4180, a header line naming the columns of {@link MembershipRow}, empty
 * {@code endDate} for an open membership).
 */
final class CsvMembershipRows {

    private static final ObjectReader READER = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(MembershipRow.class)
            .with(CsvSchema.emptySchema().withHeader());

    private CsvMembershipRows() {
    }

    static List<MembershipRow> parse(String csv) {
        List<MembershipRow> rows = new ArrayList<>();
        try (MappingIterator<MembershipRow> lines = READER.readValues(csv)) {
            while (lines.hasNextValue()) {
                rows.add(lines.nextValue());
            }
        } catch (IOException e) {
            throw invalid(rows.size(), e);
        }
        return rows;
    }

    private static InvalidInputException invalid(int row, IOException e) {
        String column = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? "." + mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() : "";
        String message = e instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : e.getMessage();
        return new InvalidInputException("The CSV line of row " + row + " cannot be read; nothing was imported",
                List.of(new Violation("rows[" + row + "]" + column, firstLine(message))));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
