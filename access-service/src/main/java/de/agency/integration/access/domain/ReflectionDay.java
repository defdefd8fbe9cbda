package de.agency.integration.access.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A certification group's annual reflection day (Reflexionstag), proposed by a certified member and approved or
 * rejected by a lead of the proposer's team; {@link RequestStatus#REQUESTED} while the proposal waits.
 */
@Entity
@Table(name = "reflection_day")
public class ReflectionDay extends Decidable {

    @Id
    public UUID id;

    @Column(name = "certification_group", nullable = false)
    public String group;

    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    public static ReflectionDay findExisting(UUID id) {
        ReflectionDay day = findById(id);
        if (day == null) {
            throw new ResourceNotFoundException("Reflection day " + id + " does not exist");
        }
        return day;
    }

    /** The group's pending or approved reflection day in the year of {@code day}. */
    public static Optional<ReflectionDay> heldInYearOf(String group, LocalDate day) {
        return find("group = ?1 and year(plannedOn) = ?2 and status <> ?3", group, day.getYear(), RequestStatus.REJECTED)
                .firstResultOptional();
    }

    /** Reflection days of these groups or proposed by these users. */
    public static List<ReflectionDay> ofGroupsOrProposers(Collection<String> groups, Collection<String> proposers) {
        return list("group in ?1 or proposedBy in ?2 order by plannedOn", groups.isEmpty() ? List.of("") : groups,
                proposers.isEmpty() ? List.of("") : proposers);
    }

    public static List<ReflectionDay> all() {
        return list("order by plannedOn");
    }
}
