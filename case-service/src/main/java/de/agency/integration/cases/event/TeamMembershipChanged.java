package de.agency.integration.cases.event;

/** Data of {@code TeamMembershipChanged} from topic {@code access-events}, as far as case-service reads it. */
public record TeamMembershipChanged(int schemaVersion, String userId, String team, String function, String change) {

    public static final String TYPE = "TeamMembershipChanged";
    public static final String JOINED = "JOINED";
    public static final String LEFT = "LEFT";
}
