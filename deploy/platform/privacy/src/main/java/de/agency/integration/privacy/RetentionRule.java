package de.agency.integration.privacy;

import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How long a service keeps one kind of data and what happens then (§ 84 SGB X, GDPR Art. 17).
 *
 * @param dataKind what is kept, e.g. "case and everything about it"
 * @param keptFor  how long, e.g. {@code P10Y}; null where the data is not erased by time but follows another event
 * @param counted  from when, e.g. "from CaseClosed"
 * @param then     what happens then and by whom, e.g. "erased by the daily erasure job"
 */
public record RetentionRule(String dataKind, @Schema(nullable = true) Period keptFor, String counted, String then) {
}
