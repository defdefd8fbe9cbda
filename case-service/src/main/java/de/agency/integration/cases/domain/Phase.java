package de.agency.integration.cases.domain;

/** The four phases of the four-phase model of integration work (4PM), in order. */
public enum Phase {
    /** Standortbestimmung. */
    PROFILING,
    /** Zielfestlegung. */
    GOAL_SETTING,
    /** Strategieauswahl. */
    STRATEGY_SELECTION,
    /** Umsetzung und Nachhaltung. */
    IMPLEMENTATION_AND_FOLLOW_UP
}
