package de.agency.integration.inga.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * What a consent letter says: the template's texts, filled with what the service knows. What it must not know (the
 * customer's name, the signature) stays a blank line, and so do the scope's fields until a consent is recorded.
 *
 * @param reference     the template and its version, printed on every page, e.g. "BK-Inga VIDEO_AUDIO_RECORDING,
 *                      Version 2"
 * @param scopeFields   what the scope names, e.g. the third parties of a case conference: a line each to fill in
 * @param recordedScope the scope of the recorded consent the letter is printed for, or {@code null}
 * @param givenOn       the day that consent was given, or {@code null} for a line to fill in
 */
public record ConsentLetter(String title, String reference, String agency, String customerNumber, LocalDate printedOn,
                            String purpose, List<String> scopeFields, String recordedScope, String voluntariness,
                            String revocation, String controller, LocalDate givenOn) {
}
