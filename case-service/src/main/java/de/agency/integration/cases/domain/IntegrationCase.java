package de.agency.integration.cases.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.StateConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Fall: one customer's integration work in one legal domain, run through the 4PM. */
@Entity
@Table(name = "integration_case")
public class IntegrationCase extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Kundennummer; null once the case is erased. */
    @Column(name = "customer_number", updatable = false)
    public String customerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_domain", nullable = false)
    public LegalDomain legalDomain;

    @Column(nullable = false)
    public String agency;

    @Column(name = "team_x90", nullable = false)
    public String team;

    @Column(nullable = false)
    public String counsellor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public OffsetDateTime openedAt;

    /** Stärken/Potenziale. Loaded with the case, which is always shown whole. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strength", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "description")
    public List<String> strengths = new ArrayList<>();

    @OneToMany(mappedBy = "integrationCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    public List<NeedForAction> needs = new ArrayList<>();

    /** Fazit zur Standortbestimmung, when documented in the case rather than in a note. */
    public String conclusion;

    @Column(name = "profile_category")
    public String profileCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "goal_kind")
    public GoalKind goalKind;

    @Column(name = "goal_description")
    public String goalDescription;

    @Column(name = "goal_target_date")
    public LocalDate goalTargetDate;

    /** Inga-Kennung: set while the customer is enrolled in Inga. */
    @Column(name = "inga_enrolled", nullable = false)
    public boolean ingaEnrolled;

    /** The Inga enrollment that steers access to the case (see {@link #isSteeredByInga()}). */
    @Column(name = "inga_enrollment_id")
    public UUID ingaEnrollmentId;

    /** X90 id of the Inga team of that enrollment. */
    @Column(name = "inga_team")
    public String ingaTeam;

    /** The Inga counsellor of that enrollment, who works the case with his or her deputies. */
    @Column(name = "inga_counsellor")
    public String ingaCounsellor;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    /** Restricted (Einschränkung der Verarbeitung, Art. 18 GDPR): frozen, read only by the data protection officer. */
    @Column(name = "restricted_at")
    public OffsetDateTime restrictedAt;

    /** Why, kept here for the data protection officer; never in an event. */
    @Column(name = "restriction_reason")
    public String restrictionReason;

    /** Erased: an anonymous shell without personal data remains. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;

    public boolean isRestricted() {
        return restrictedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** While the Inga flag steers access, the Inga counsellor works the case and the original team only reads. */
    public boolean isSteeredByInga() {
        return ingaCounsellor != null;
    }

    /** The customer was enrolled into Inga: the flag is set and the enrollment's counsellor takes the case over. */
    public void enrolledInInga(UUID enrollmentId, String team, String counsellor) {
        ingaEnrolled = true;
        ingaEnrollmentId = enrollmentId;
        ingaTeam = team;
        ingaCounsellor = counsellor;
    }

    /**
     * The enrollment ended (Rücküberführung): the flag is cleared and, if {@code returnToTeam}, the case returns to
     * its original team. An exit of an earlier enrollment, arriving after a newer enrollment, changes nothing.
     */
    public void exitedInga(UUID enrollmentId, boolean returnToTeam) {
        if (!enrollmentId.equals(ingaEnrollmentId)) {
            return;
        }
        ingaEnrolled = false;
        if (returnToTeam) {
            ingaEnrollmentId = null;
            ingaTeam = null;
            ingaCounsellor = null;
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The endpoints the case's state allows now. */
    public List<String> allowedActions() {
        return CaseAction.allowedIn(phase, isClosed() || isRestricted());
    }

    /** Refuses an action the case's state does not allow, naming what it allows. */
    public void require(CaseAction action) {
        if (isRestricted()) {
            throw new StateConflictException("Case " + id + " is restricted (Art. 18 GDPR): it cannot be changed until "
                    + "the data protection officer lifts the restriction", List.of());
        }
        if (isClosed()) {
            throw new StateConflictException("Case " + id + " is closed", List.of());
        }
        if (!action.allowedIn(phase)) {
            throw new StateConflictException(action.endpoint() + " is not possible in phase " + phase,
                    CaseAction.allowedIn(phase, false));
        }
    }

    /** Opens a case in phase profiling, the first entry of its history. */
    public static IntegrationCase open(String customerNumber, LegalDomain legalDomain, String agency, String team,
                                       String counsellor, String by, OffsetDateTime at) {
        IntegrationCase opened = new IntegrationCase();
        opened.id = UUID.randomUUID();
        opened.customerNumber = customerNumber;
        opened.legalDomain = legalDomain;
        opened.agency = agency;
        opened.team = team;
        opened.counsellor = counsellor;
        opened.openedAt = at;
        opened.phase = Phase.PROFILING;
        opened.persist();
        opened.recordTransition(null, Phase.PROFILING, "OPENED", by, at);
        return opened;
    }

    /** Moves the case to another phase and records the transition in its history. */
    public void moveTo(Phase target, String cause, String by, OffsetDateTime at) {
        recordTransition(phase, target, cause, by, at);
        phase = target;
    }

    private void recordTransition(Phase from, Phase to, String cause, String by, OffsetDateTime at) {
        PhaseTransition transition = new PhaseTransition();
        transition.id = UUID.randomUUID();
        transition.caseId = id;
        transition.from = from;
        transition.to = to;
        transition.at = at;
        transition.by = by;
        transition.cause = cause;
        transition.persist();
    }

    /**
     * Replaces strengths, needs and conclusion. Needs that stay the same keep their identity, so that strategies
     * addressing them survive a reopened profiling.
     */
    public void recordProfiling(List<String> newStrengths, List<NeedForAction> newNeeds, String newConclusion) {
        strengths.clear();
        strengths.addAll(newStrengths);
        needs.removeIf(existing -> newNeeds.stream().noneMatch(n -> existing.sameAs(n.dimension, n.description)));
        for (NeedForAction need : newNeeds) {
            if (needs.stream().noneMatch(existing -> existing.sameAs(need.dimension, need.description))) {
                need.integrationCase = this;
                needs.add(need);
            }
        }
        conclusion = newConclusion;
    }

    public Set<String> needDimensions() {
        Set<String> dimensions = new TreeSet<>();
        needs.forEach(need -> dimensions.add(need.dimension));
        return dimensions;
    }

    public boolean hasConclusion() {
        return conclusion != null && !conclusion.isBlank();
    }

    /** The case, unless there is none or it was erased (404 either way). */
    public static IntegrationCase findExisting(UUID id) {
        IntegrationCase found = findById(id);
        if (found == null || found.isErased()) {
            throw new ResourceNotFoundException("Case " + id + (found == null ? " does not exist" : " was erased"));
        }
        return found;
    }
}
