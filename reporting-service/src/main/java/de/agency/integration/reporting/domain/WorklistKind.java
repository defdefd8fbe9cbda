package de.agency.integration.reporting.domain;

/** The kinds of worklist items, each with how its days are counted (DESIGN.md 1.4; the first meeting in working days). */
public enum WorklistKind {
    /** An agreed step of phase 4 (Umsetzung), due on its due date. */
    IMPLEMENTATION_STEP(DayCount.CALENDAR_DAYS),
    /** A planned follow-up talk (Folgegespräch). */
    FOLLOW_UP(DayCount.CALENDAR_DAYS),
    /** The first meeting (Erstgespräch), due within working days of the acceptance. */
    FIRST_MEETING(DayCount.WORKING_DAYS),
    /** The end of the 24 months of an enrollment. */
    ENROLLMENT_END(DayCount.CALENDAR_DAYS);

    /** How the days until the due date are counted. */
    public enum DayCount { CALENDAR_DAYS, WORKING_DAYS }

    private final DayCount dayCount;

    WorklistKind(DayCount dayCount) {
        this.dayCount = dayCount;
    }

    public DayCount dayCount() {
        return dayCount;
    }
}
