package de.agency.integration.cases.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What can be done to a case, and in which phases; everything needs an open case. */
public enum CaseAction {
    RECORD_PROFILING("PUT /cases/{id}/profiling", EnumSet.of(Phase.PROFILING)),
    COMPLETE_PROFILING("POST /cases/{id}/profiling/complete", EnumSet.of(Phase.PROFILING)),
    AGREE_GOAL("PUT /cases/{id}/goal", EnumSet.of(Phase.GOAL_SETTING)),
    SELECT_STRATEGIES("POST /cases/{id}/strategies", EnumSet.of(Phase.STRATEGY_SELECTION)),
    AGREE_STEP("POST /cases/{id}/steps", EnumSet.of(Phase.IMPLEMENTATION_AND_FOLLOW_UP)),
    UPDATE_STEP("PUT /cases/{id}/steps/{stepId}/status", EnumSet.of(Phase.IMPLEMENTATION_AND_FOLLOW_UP)),
    RECORD_FOLLOW_UP("POST /cases/{id}/follow-ups", EnumSet.of(Phase.IMPLEMENTATION_AND_FOLLOW_UP)),
    RECORD_NOTE("POST /cases/{id}/notes", EnumSet.allOf(Phase.class)),
    HAND_OVER("POST /cases/{id}/handover", EnumSet.allOf(Phase.class)),
    CLOSE("POST /cases/{id}/close", EnumSet.allOf(Phase.class));

    private final String endpoint;
    private final Set<Phase> phases;

    CaseAction(String endpoint, Set<Phase> phases) {
        this.endpoint = endpoint;
        this.phases = phases;
    }

    public String endpoint() {
        return endpoint;
    }

    boolean allowedIn(Phase phase) {
        return phases.contains(phase);
    }

    /** The endpoints allowed in the phase, to name them when a request comes at the wrong time. */
    static List<String> allowedIn(Phase phase, boolean closed) {
        if (closed) {
            return List.of();
        }
        return Arrays.stream(values()).filter(action -> action.allowedIn(phase)).map(CaseAction::endpoint).toList();
    }
}
