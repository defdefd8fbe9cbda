package de.agency.integration.inga.letter;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.Violation;
import de.agency.integration.inga.domain.Consent;
import de.agency.integration.inga.domain.ConsentLetterTemplate;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.service.EnrollmentPolicy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consent letters (BK-Vorlagen): the versioned templates, and the letter of an enrollment as PDF, printed by
 * those who may read the enrollment's consents (the print is recorded in the access log as a read of them).
 */
@ApplicationScoped
public class ConsentLetterService {

    static final String TEMPLATE_RULE = "LETTER_TEMPLATE_PRINTABLE";

    private final EnrollmentPolicy policy;
    private final AgencyClock clock;
    private final ConsentLetterRenderer renderer;
    private final SecurityIdentity identity;

    ConsentLetterService(EnrollmentPolicy policy, AgencyClock clock, ConsentLetterRenderer renderer,
                         SecurityIdentity identity) {
        this.policy = policy;
        this.clock = clock;
        this.renderer = renderer;
        this.identity = identity;
    }

    /** The texts of a new template version; it is in force from {@code validFrom}. */
    public record TemplateText(String title, String purpose, List<String> scopeFields, String voluntariness,
                               String revocation, String controller, LocalDate validFrom) {
    }

    @Transactional
    public List<ConsentLetterTemplate> catalogue() {
        return ConsentLetterTemplate.catalogue();
    }

    /** Adds the next version of the type's template; the versions before it stay for the consents signed on them. */
    @Transactional
    public ConsentLetterTemplate addVersion(ConsentType type, TemplateText text) {
        requirePrintable(text);
        ConsentLetterTemplate template = new ConsentLetterTemplate();
        template.consentType = type;
        template.version = ConsentLetterTemplate.latestVersion(type) + 1;
        template.title = text.title();
        template.purpose = text.purpose();
        template.scopeFields = ConsentLetterTemplate.joinScopeFields(text.scopeFields());
        template.voluntariness = text.voluntariness();
        template.revocation = text.revocation();
        template.controller = text.controller();
        template.validFrom = text.validFrom() == null ? clock.today() : text.validFrom();
        template.createdBy = identity.getPrincipal().getName();
        template.createdAt = clock.now();
        template.persist();
        return template;
    }

    /**
     * The letter for the enrollment as PDF: for the consent given if one is named (its template version, scope and
     * day), else on the template in force today with the scope left to fill in.
     */
    @Transactional
    public byte[] letter(UUID enrollmentId, ConsentType type, UUID consentId) {
        Enrollment enrollment = policy.forRead(enrollmentId, "CONSENTS");
        LocalDate today = clock.today();
        if (consentId == null) {
            ConsentLetterTemplate template = ConsentLetterTemplate.inForceOn(type, today).orElseThrow(() ->
                    new ResourceNotFoundException("No letter template for " + type + " is in force"));
            return renderer.render(letter(template, enrollment, today, null, null));
        }
        Consent consent = Consent.<Consent>findByIdOptional(consentId)
                .filter(found -> found.enrollmentId.equals(enrollmentId) && found.type == type)
                .orElseThrow(() -> new ResourceNotFoundException("Enrollment " + enrollmentId + " has no consent "
                        + consentId + " of type " + type));
        ConsentLetterTemplate template = (consent.templateVersion == null
                ? ConsentLetterTemplate.inForceOn(type, consent.givenOn)
                : ConsentLetterTemplate.version(type, consent.templateVersion)).orElseThrow(() ->
                new ResourceNotFoundException("No letter template for " + type + " was in force on "
                        + consent.givenOn));
        return renderer.render(letter(template, enrollment, today, consent.scope, consent.givenOn));
    }

    private static ConsentLetter letter(ConsentLetterTemplate template, Enrollment enrollment, LocalDate today,
                                        String scope, LocalDate givenOn) {
        return new ConsentLetter(template.title, reference(template), enrollment.agency, enrollment.customerNumber,
                today, template.purpose, template.scopeFieldList(), scope, template.voluntariness,
                template.revocation, template.controller, givenOn);
    }

    private static String reference(ConsentLetterTemplate template) {
        return "BK-Vorlage Inga " + template.consentType + ", Version " + template.version;
    }

    private static void requirePrintable(TemplateText text) {
        Map<String, String> fields = Map.of("title", text.title(), "purpose", text.purpose(),
                "scopeFields", String.join(" ", text.scopeFields()), "voluntariness", text.voluntariness(),
                "revocation", text.revocation(), "controller", text.controller());
        List<Violation> violations = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (!ConsentLetterRenderer.printable(value)) {
                violations.add(new Violation(field, "holds a character the letter's font cannot print (Latin-1 "
                        + "letters and the usual punctuation can be)"));
            }
        });
        if (!violations.isEmpty()) {
            throw new RuleViolationException(TEMPLATE_RULE, "A letter template is set in fonts that print Latin-1 text",
                    violations);
        }
    }
}
