package de.agency.integration.cases.domain;

/** Zielfestlegung: the agreed goal is a target occupation or an intermediate goal. */
public enum GoalKind {
    TARGET_OCCUPATION,
    INTERMEDIATE_GOAL
}
