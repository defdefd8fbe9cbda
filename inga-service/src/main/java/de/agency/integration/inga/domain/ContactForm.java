package de.agency.integration.inga.domain;

/** Contact forms; every form counts equally (directive). */
public enum ContactForm {
    IN_PERSON,
    PHONE,
    VIDEO,
    /** Letter, e-mail, portal message. */
    WRITTEN,
    GROUP
}
