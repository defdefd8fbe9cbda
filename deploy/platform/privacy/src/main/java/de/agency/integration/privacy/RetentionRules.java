package de.agency.integration.privacy;

import java.util.List;

/** Retention rules a service or a library contributes to {@code GET /privacy/retention}; one bean each. */
public interface RetentionRules {

    List<RetentionRule> rules();
}
