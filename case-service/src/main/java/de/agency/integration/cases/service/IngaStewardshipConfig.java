package de.agency.integration.cases.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the Inga flag steers access to a case (DESIGN.md 1.5). */
@ConfigMapping(prefix = "cases.inga")
public interface IngaStewardshipConfig {

    /**
     * At the exit from Inga (Rücküberführung) the case returns to its original team [default]; if false, the Inga
     * counsellor of the ended enrollment keeps working it.
     */
    @WithDefault("true")
    boolean returnToTeamAtExit();
}
