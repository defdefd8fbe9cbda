package de.agency.integration.access.service;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;

/** Cut-off dates of the automatic grants from X90 (directive defaults 2019-06-15 and 2019-07-20). */
@ConfigMapping(prefix = "access.grant")
public interface GrantConfig {

    /** Counsellors of an Inga team assigned on or before this day get INTEGRATION_COUNSELLOR_SGB3 automatically. */
    LocalDate counsellorCutOff();

    /** Leads of an own Inga team appointed on or before this day get INGA_ADDITIONAL_PERMISSION automatically. */
    LocalDate teamLeadCutOff();
}
