package de.agency.integration.inga.domain;

/** Where a referral (Zuweisung) to an Inga team stands. */
public enum ReferralStatus {
    OPEN, ACCEPTED, DECLINED
}
