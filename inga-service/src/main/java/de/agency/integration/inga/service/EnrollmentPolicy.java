package de.agency.integration.inga.service;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.DataProtectionOfficer;
import de.agency.integration.privacy.ScopeCondition;
import de.agency.integration.web.etag.EntityTags;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Need-to-know for an enrollment with its contacts and consents (DESIGN.md 1.5), the one policy every enrollment
 * endpoint, list and search goes through:
 * <ul>
 *   <li><b>work</b> (enroll, contacts, consents, exit): the enrollment's Inga counsellor and his or her current
 *   deputies, each holding {@code INTEGRATION_COUNSELLOR_SGB3};</li>
 *   <li><b>read</b>: who may work, and the leads of the enrollment's team (with or without
 *   {@code INGA_ADDITIONAL_PERMISSION}).</li>
 * </ul>
 * Nobody else, whatever the role (access admins, reporting viewers, leads of other teams). While the case is
 * restricted (Art. 18 GDPR) its Inga data is changed by nobody (409) and read by the data protection officer only.
 * Roles, deputies and memberships come from access-service's events. Every read is recorded in the access log.
 */
@RequestScoped
public class EnrollmentPolicy {


    private final CurrentCaller identity;
    private final AccessLog accessLog;
    private final AgencyClock clock;
    private final EntityTags entityTags;
    private ReadScope readScope;

    EnrollmentPolicy(CurrentCaller identity, AccessLog accessLog, AgencyClock clock, EntityTags entityTags) {
        this.entityTags = entityTags;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** What the caller may read: the condition every search of enrollments adds to its query. */
    public record ReadScope(List<String> ingaCounsellors, List<String> ledTeams) {

        boolean covers(Enrollment enrollment) {
            return ingaCounsellors.contains(enrollment.ingaCounsellor) || ledTeams.contains(enrollment.team);
        }

        /**
         * JPQL condition on {@code Enrollment}, its parameters added to {@code parameters}; enrollments of restricted
         * cases are found by nobody.
         */
        String condition(Parameters parameters) {
            return new ScopeCondition(parameters).anyOf("ingaCounsellor", ingaCounsellors).anyOf("team", ledTeams)
                    .and("caseId not in (select c.caseId from CaseReplica c where c.restricted = true)");
        }
    }

    public String caller() {
        return identity.id();
    }

    /** The enrollment, if the caller may work on it (404, then 403). */
    public Enrollment forWork(UUID enrollmentId) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (!mayWork(enrollment)) {
            throw new AccessDeniedException("Only the Inga counsellor of enrollment " + enrollment.id
                    + " and the counsellor's current deputies, holding INTEGRATION_COUNSELLOR_SGB3, may do this");
        }
        requireCurrent(enrollment);
        requireNotRestricted(enrollment);
        return enrollment;
    }

    /** 412 if the request's If-Match names another version of the enrollment than it has. */
    public void requireCurrent(Enrollment enrollment) {
        entityTags.requireMatch(enrollment.version, "enrollment " + enrollment.id);
    }

    /** A restricted case (Art. 18 GDPR) freezes its Inga data: 409 for every change. */
    public void requireNotRestricted(Enrollment enrollment) {
        if (CaseReplica.isRestricted(enrollment.caseId)) {
            throw new StateConflictException("The case of enrollment " + enrollment.id + " is restricted (Art. 18 "
                    + "GDPR): its Inga data cannot be changed until the restriction is lifted", List.of());
        }
    }

    /**
     * The enrollment, if the caller may read it; the read of the resource ({@code ENROLLMENT}, {@code CONTACTS},
     * {@code CONSENTS}) is recorded in the access log.
     */
    public Enrollment forRead(UUID enrollmentId, String resourceKind) {
        Enrollment enrollment = Enrollment.findExisting(enrollmentId);
        if (CaseReplica.isRestricted(enrollment.caseId)) {
            if (!identity.hasRole(DataProtectionOfficer.ROLE)) {
                throw new AccessDeniedException("The case of enrollment " + enrollmentId + " is restricted (Art. 18 "
                        + "GDPR): only the data protection officer reads its Inga data");
            }
        } else if (!readScope().covers(enrollment)) {
            throw new AccessDeniedException("Enrollment " + enrollmentId + " is read only by its Inga counsellor, the "
                    + "counsellor's current deputies and the leads of its team");
        }
        recordReads(resourceKind, List.of(enrollment));
        return enrollment;
    }

    public void recordReads(String resourceKind, List<Enrollment> enrollments) {
        accessLog.read(resourceKind, enrollments.stream()
                .map(enrollment -> new AccessLog.Subject(enrollment.id.toString(), enrollment.customerNumber)).toList());
    }

    /** A new enrollment is made by whom will work on it: its Inga counsellor, or a current deputy of him or her. */
    public void requireMayEnrollFor(String ingaCounsellor) {
        if (!actingFor().contains(ingaCounsellor)) {
            throw new AccessDeniedException("Only " + ingaCounsellor + " and current deputies, holding "
                    + "INTEGRATION_COUNSELLOR_SGB3, may enroll a customer with " + ingaCounsellor);
        }
    }

    /** Record contacts, consents, the exit and the protected note. */
    public boolean mayWork(Enrollment enrollment) {
        return actingFor().contains(enrollment.ingaCounsellor);
    }

    /** Computed once per request. */
    public ReadScope readScope() {
        if (readScope == null) {
            readScope = new ReadScope(actingFor(), TeamMembershipReplica.teamsLedBy(caller()));
        }
        return readScope;
    }

    /** The Inga counsellors the caller acts for today: him- or herself and those he or she stands in for. */
    private List<String> actingFor() {
        if (!RoleGrantReplica.holds(caller(), RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3)) {
            return List.of();
        }
        return Stream.concat(Stream.of(caller()), DeputyReplica.representedBy(caller(), clock.today()).stream())
                .distinct().toList();
    }
}
