package de.agency.integration.access.service;

import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.Team;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bulk import of X90 memberships under the same grant rules as single changes. A file is applied as a whole or not
 * at all; a row that describes a membership as it already stands changes nothing, so re-importing a file is a no-op.
 */
@ApplicationScoped
public class MembershipImportService {

    /** What a row did. */
    public enum Outcome {
        /** New membership; its Inga role was granted automatically. */
        GRANTED,
        /** New membership; its Inga role must be requested (POST /role-requests). */
        REQUEST_NEEDED,
        /** New membership that brings no Inga role (team type OTHER). */
        NO_INGA_ROLE,
        /** The membership ended (if it existed, the roles that rested on it were revoked). */
        ENDED,
        /** The membership stands as the row describes it already. */
        UNCHANGED
    }

    /** @param row index of the row in the file (0 = first data row) */
    public record RowResult(int row, @Schema(nullable = true) String userId, @Schema(nullable = true) String team,
                            @Schema(nullable = true) TeamFunction function, Outcome outcome,
                            @Schema(nullable = true) Role role) {
    }

    public record Report(int rows, Map<Outcome, Long> outcomes, List<RowResult> results) {
    }

    private record MembershipKey(String userId, String team, TeamFunction function) {
    }

    private final MembershipService memberships;
    private final Validator validator;

    MembershipImportService(MembershipService memberships, Validator validator) {
        this.memberships = memberships;
        this.validator = validator;
    }

    @Transactional
    public Report importRows(List<MembershipRow> rows) {
        requireValid(rows);
        Map<String, Team> teams = teamsOf(rows);
        Map<MembershipKey, List<Membership>> existing = Membership.<Membership>list("team in ?1", teams.keySet())
                .stream().collect(Collectors.groupingBy(m -> new MembershipKey(m.userId, m.team, m.function)));
        List<Violation> rejected = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MembershipRow row = rows.get(i);
            MembershipKey key = new MembershipKey(row.userId(), row.x90(), row.function());
            List<Membership> history = existing.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<Membership> same = history.stream().filter(m -> m.startDate.equals(row.startDate())).findFirst();
            String refused = refusal(row, same, history);
            if (refused != null) {
                rejected.add(new Violation("rows[" + i + "]", refused));
                continue;
            }
            results.add(apply(i, row, teams.get(row.x90()), same, history));
        }
        if (!rejected.isEmpty()) {
            throw new RuleViolationException("IMPORT_REJECTED", rejected.size() + " of " + rows.size()
                    + " row(s) contradict the memberships on record or each other; nothing was imported", rejected);
        }
        return new Report(rows.size(), results.stream().collect(Collectors.groupingBy(RowResult::outcome,
                () -> new EnumMap<>(Outcome.class), Collectors.counting())), results);
    }

    private void requireValid(List<MembershipRow> rows) {
        List<Violation> invalid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                invalid.add(new Violation("rows[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<MembershipRow> v : validator.validate(rows.get(i))) {
                invalid.add(new Violation("rows[" + i + "]." + v.getPropertyPath(), v.getMessage()));
            }
            LocalDate end = rows.get(i).endDate();
            if (end != null && rows.get(i).startDate() != null && end.isBefore(rows.get(i).startDate())) {
                invalid.add(new Violation("rows[" + i + "].endDate", "must not be before startDate"));
            }
        }
        if (!invalid.isEmpty()) {
            invalid.sort(Comparator.comparing(Violation::field));
            throw new InvalidInputException(invalid.size() + " invalid field(s); nothing was imported", invalid);
        }
    }

    /** The teams of the file, created where new; a row may not contradict a team's type or agency. */
    private Map<String, Team> teamsOf(List<MembershipRow> rows) {
        Map<String, Team> teams = new HashMap<>();
        List<Violation> contradictions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MembershipRow row = rows.get(i);
            Team team = teams.computeIfAbsent(row.x90(), x90 -> Optional.ofNullable(Team.<Team>findById(x90))
                    .orElseGet(() -> newTeam(row)));
            if (team.type != row.teamType() || !team.agency.equals(row.agency())) {
                contradictions.add(new Violation("rows[" + i + "].teamType", "team " + team.x90 + " is of type "
                        + team.type + " in agency " + team.agency + "; change the team with PUT /teams/" + team.x90
                        + " before importing"));
            }
        }
        if (!contradictions.isEmpty()) {
            throw new RuleViolationException("IMPORT_REJECTED", contradictions.size()
                    + " row(s) contradict their team; nothing was imported", contradictions);
        }
        return teams;
    }

    private Team newTeam(MembershipRow row) {
        memberships.putTeam(row.x90(), row.teamType(), row.agency());
        return Team.findById(row.x90());
    }

    /** Why the row cannot be applied to the membership's history, or null. */
    /** @param same the recorded membership with the row's start, if any */
    private static String refusal(MembershipRow row, Optional<Membership> same, List<Membership> history) {
        if (same.isPresent()) {
            Membership m = same.get();
            boolean reopens = !m.isOpen() && !Objects.equals(m.endDate, row.endDate());
            return reopens ? "this membership ended on " + m.endDate + " already" : null;
        }
        Optional<Membership> open = history.stream().filter(Membership::isOpen).findFirst();
        if (open.isPresent() && row.endDate() == null) {
            return row.userId() + " is " + row.function() + " of team " + row.x90() + " since "
                    + open.get().startDate + " already; end that membership first";
        }
        return null;
    }

    private RowResult apply(int index, MembershipRow row, Team team, Optional<Membership> same,
                            List<Membership> history) {
        if (same.isPresent()) {
            if (same.get().isOpen() && row.endDate() != null) {
                memberships.end(team, same.get(), row.endDate());
                return result(index, row, Outcome.ENDED, null);
            }
            return result(index, row, Outcome.UNCHANGED, null);
        }
        if (row.endDate() != null) {
            history.add(memberships.addEnded(team, row.userId(), row.function(), row.startDate(), row.endDate()));
            return result(index, row, Outcome.ENDED, null);
        }
        MembershipService.Joined joined = memberships.add(team, row.userId(), row.function(), row.startDate());
        history.add(joined.membership());
        if (joined.granted().isPresent()) {
            return result(index, row, Outcome.GRANTED, joined.granted().get());
        }
        return joined.toRequest().map(role -> result(index, row, Outcome.REQUEST_NEEDED, role))
                .orElseGet(() -> result(index, row, Outcome.NO_INGA_ROLE, null));
    }

    private static RowResult result(int index, MembershipRow row, Outcome outcome, Role role) {
        return new RowResult(index, row.userId(), row.x90(), row.function(), outcome, role);
    }
}
