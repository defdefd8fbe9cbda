package de.agency.integration.access.event;

import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import java.time.LocalDate;

/** Event data of {@code TeamMembershipChanged} on topic {@code access-events}. */
public record TeamMembershipChanged(int schemaVersion, String userId, String team, TeamType teamType, String agency,
                                    TeamFunction function, Change change, LocalDate effectiveOn) {

    public static final String TYPE = "TeamMembershipChanged";

    public enum Change { JOINED, LEFT }
}
