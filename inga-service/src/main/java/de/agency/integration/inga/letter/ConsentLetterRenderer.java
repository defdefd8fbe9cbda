package de.agency.integration.inga.letter;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sets a consent letter on A4 pages with Apache PDFBox: the agency and customer number, the title, purpose, scope,
 * voluntariness, revocation and controller, the declaration with blank lines for place, date, name and signature,
 * and the template's reference in every page's footer. The standard Helvetica fonts (WinAnsi encoding) carry German
 * text; {@link #printable} tells whether a text can be set.
 */
@ApplicationScoped
public class ConsentLetterRenderer {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14.5f;
    private static final String BLANK = "_".repeat(60);

    /** Whether every character of the text has a glyph in the letter's fonts. */
    public static boolean printable(String text) {
        try {
            REGULAR.encode(text);
            BOLD.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] render(ConsentLetter letter) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(letter.title());
            information.setSubject(letter.reference());
            information.setCreator("inga-service");
            try (Writer writer = new Writer(document, letter.reference())) {
                writer.line("Agentur für Arbeit, Dienststelle " + letter.agency(), BOLD, BODY_SIZE);
                writer.line("Kundennummer: " + letter.customerNumber(), REGULAR, BODY_SIZE);
                writer.line("Name, Vorname: " + BLANK, REGULAR, BODY_SIZE);
                writer.space(LEADING);
                writer.paragraph(letter.title(), BOLD, 14);
                writer.space(LEADING / 2);
                writer.section("Zweck", letter.purpose());
                writer.heading("Umfang");
                if (letter.recordedScope() != null) {
                    writer.paragraph(letter.recordedScope(), REGULAR, BODY_SIZE);
                } else {
                    for (String field : letter.scopeFields()) {
                        writer.paragraph(field + ":", REGULAR, BODY_SIZE);
                        writer.line(BLANK + "_".repeat(20), REGULAR, BODY_SIZE);
                        writer.line(BLANK + "_".repeat(20), REGULAR, BODY_SIZE);
                    }
                }
                writer.section("Freiwilligkeit", letter.voluntariness());
                writer.section("Widerruf", letter.revocation());
                writer.section("Verantwortlicher", letter.controller());
                writer.heading("Erklärung");
                writer.paragraph("Ich habe die Informationen gelesen und willige in die oben beschriebene Verarbeitung "
                        + "meiner Daten ein.", REGULAR, BODY_SIZE);
                writer.space(LEADING * 2);
                writer.line("Ort, Datum: " + (letter.givenOn() == null ? BLANK.substring(0, 30)
                        : BLANK.substring(0, 14) + ", " + GERMAN_DATE.format(letter.givenOn())), REGULAR, BODY_SIZE);
                writer.space(LEADING * 2);
                writer.line("Unterschrift: " + BLANK, REGULAR, BODY_SIZE);
                writer.space(LEADING);
                writer.line("Gedruckt am " + GERMAN_DATE.format(letter.printedOn()), REGULAR, 8);
            }
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The consent letter could not be set", e);
        }
    }

    /** Writes lines top-down, wrapping paragraphs at the margins and starting a page when one is full. */
    private static final class Writer implements AutoCloseable {

        private final PDDocument document;
        private final String footer;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, String footer) throws IOException {
            this.document = document;
            this.footer = footer;
            newPage();
        }

        void section(String heading, String text) throws IOException {
            heading(heading);
            paragraph(text, REGULAR, BODY_SIZE);
        }

        void heading(String text) throws IOException {
            space(LEADING / 2);
            line(text, BOLD, BODY_SIZE + 1);
        }

        void paragraph(String text, PDType1Font font, float size) throws IOException {
            for (String line : wrap(text, font, size)) {
                line(line, font, size);
            }
        }

        void line(String text, PDType1Font font, float size) throws IOException {
            if (y - LEADING < MARGIN + LEADING) {
                newPage();
            }
            y -= Math.max(LEADING, size * 1.35f);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        void space(float height) {
            y -= height;
        }

        private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.beginText();
            content.setFont(REGULAR, 8);
            content.newLineAtOffset(MARGIN, MARGIN / 2);
            content.showText(footer + " · Seite " + document.getNumberOfPages());
            content.endText();
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
