package de.agency.integration.inga.domain;

/** The due dates (Fristen) inga-service watches, each a timer that fires once. */
public enum DueDateKind {
    /** No first meeting within the working days after the acceptance: {@code FirstMeetingOverdue}. */
    FIRST_MEETING,
    /** The enrollment nears its 24 months: {@code EnrollmentEndingSoon}, a number of days ahead. */
    ENROLLMENT_END
}
