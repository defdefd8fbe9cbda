package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A version of the directive's letter template (BK-Vorlage) for one consent type, in German: what the customer is
 * asked to agree to, the scope to fill in, and the data-protection information the letter must carry. Versions are
 * added, never changed: a consent names the version it was signed on.
 */
@Entity
@Immutable
@IdClass(ConsentLetterTemplate.Key.class)
@Table(name = "consent_letter_template")
public class ConsentLetterTemplate extends PanacheEntityBase {

    /** Separates the scope fields in their column. */
    private static final String FIELD_SEPARATOR = "|";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_type")
    public ConsentType consentType;

    @Id
    public int version;

    public String title;

    /** Zweck: what is done with which data, and on which legal basis. */
    public String purpose;

    @Column(name = "scope_fields")
    public String scopeFields;

    /** Freiwilligkeit. */
    public String voluntariness;

    /** Widerruf: at any time, and its effect. */
    public String revocation;

    /** Verantwortlicher. */
    public String controller;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The scope the consent type needs, one line each, e.g. the third parties of a case conference. */
    public List<String> scopeFieldList() {
        return Arrays.stream(scopeFields.split("\\" + FIELD_SEPARATOR)).map(String::strip).toList();
    }

    public static String joinScopeFields(List<String> fields) {
        return String.join(FIELD_SEPARATOR, fields);
    }

    public static Optional<ConsentLetterTemplate> version(ConsentType type, int version) {
        return find("consentType = ?1 and version = ?2", type, version).firstResultOptional();
    }

    /** The newest version in force on the day. */
    public static Optional<ConsentLetterTemplate> inForceOn(ConsentType type, LocalDate day) {
        return find("consentType = ?1 and validFrom <= ?2 order by version desc", type, day).firstResultOptional();
    }

    public static int latestVersion(ConsentType type) {
        return getEntityManager().createQuery("select coalesce(max(t.version), 0) from ConsentLetterTemplate t "
                + "where t.consentType = :type", Integer.class).setParameter("type", type).getSingleResult();
    }

    public static List<ConsentLetterTemplate> catalogue() {
        return list("order by consentType, version");
    }

    /** The primary key: consent type and version. */
    public static class Key implements Serializable {
        public ConsentType consentType;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.consentType == consentType && key.version == version;
        }

        @Override
        public int hashCode() {
            return consentType.hashCode() * 31 + version;
        }
    }
}
