package de.agency.integration.inga.domain;

/** Consents of the new letter templates. */
public enum ConsentType {
    /** Case conference with third parties (externals). */
    THIRD_PARTY_CASE_CONFERENCE,
    /** Video or audio recording, e.g. in application training. */
    VIDEO_AUDIO_RECORDING
}
