package de.agency.integration.cases.domain;

/** The due dates (Fristen) case-service watches, each a timer that fires once when its date passes unmet. */
public enum DueDateKind {
    /** An agreed step still open after its due date: {@code ImplementationStepOverdue}. */
    IMPLEMENTATION_STEP,
    /** A planned follow-up talk not held by its date: {@code FollowUpOverdue}. */
    FOLLOW_UP
}
