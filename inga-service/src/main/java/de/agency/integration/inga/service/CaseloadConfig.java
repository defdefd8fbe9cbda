package de.agency.integration.inga.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The caseload key (Betreuungsschlüssel) of Inga [sourced: about 65 customers per Inga counsellor]. */
@ConfigMapping(prefix = "inga.caseload")
public interface CaseloadConfig {

    /** Open enrollments per Inga counsellor; enrolling at or beyond it is allowed and answered with a warning. */
    @WithDefault("65")
    int key();
}
