package de.agency.integration.access.service;

/** The nationwide unique X90 team id, e.g. {@code X90-311-INGA1}. */
public final class X90 {

    public static final String PATTERN = "X90-[A-Z0-9]+(-[A-Z0-9]+)*";

    private X90() {
    }
}
