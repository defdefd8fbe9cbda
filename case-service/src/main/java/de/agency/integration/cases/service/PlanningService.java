package de.agency.integration.cases.service;

import de.agency.integration.cases.catalogue.ActionStrategy;
import de.agency.integration.cases.catalogue.CatalogueService;
import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.CaseDetails;
import de.agency.integration.cases.domain.GoalKind;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.NeedForAction;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.SelectedStrategy;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.GoalAgreed;
import de.agency.integration.cases.event.StrategySelected;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Zielfestlegung and Strategieauswahl. */
@ApplicationScoped
public class PlanningService {

    static final String STRATEGY_NEED_RULE = "STRATEGY_ADDRESSES_RECORDED_NEED";

    private final CatalogueService catalogue;
    private final CaseEventPublisher events;
    private final CasePolicy policy;
    private final AgencyClock clock;

    PlanningService(CatalogueService catalogue, CaseEventPublisher events, CasePolicy policy, AgencyClock clock) {
        this.catalogue = catalogue;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** Records the one agreed goal and moves on to strategy selection. */
    @Transactional
    public CaseDetails agreeGoal(UUID caseId, GoalKind kind, String description, LocalDate targetDate) {
        IntegrationCase planned = policy.forWrite(caseId, CaseAction.AGREE_GOAL);
        planned.goalKind = kind;
        planned.goalDescription = description;
        planned.goalTargetDate = targetDate;
        OffsetDateTime now = clock.now();
        planned.moveTo(Phase.STRATEGY_SELECTION, "GOAL_AGREED", policy.userId(), now);
        events.publish(caseId, GoalAgreed.TYPE, new GoalAgreed(1, caseId, kind, targetDate, now));
        return CaseDetails.of(planned);
    }

    public record Choice(String strategy, UUID needId) {
    }

    /**
     * Selects action strategies, each addressing a recorded need of the case in the key dimension the strategy is
     * for, and moves on to implementation.
     */
    @Transactional
    public CaseDetails selectStrategies(UUID caseId, List<Choice> choices) {
        IntegrationCase planned = policy.forWrite(caseId, CaseAction.SELECT_STRATEGIES);
        OffsetDateTime now = clock.now();
        List<StrategySelected.Selection> selections = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            ActionStrategy strategy = catalogue.requireStrategy("strategies[" + i + "].strategy", choice.strategy());
            NeedForAction need = addressedNeed(planned, choice.needId(), strategy, "strategies[" + i + "].needId");
            SelectedStrategy selected = new SelectedStrategy();
            selected.id = UUID.randomUUID();
            selected.caseId = caseId;
            selected.strategy = strategy.code;
            selected.needId = need.id;
            selected.selectedAt = now;
            selected.persist();
            selections.add(new StrategySelected.Selection(strategy.code, need.id, need.dimension));
        }
        planned.moveTo(Phase.IMPLEMENTATION_AND_FOLLOW_UP, "STRATEGY_SELECTED", policy.userId(), now);
        events.publish(caseId, StrategySelected.TYPE, new StrategySelected(1, caseId, selections, now));
        return CaseDetails.of(planned);
    }

    private static NeedForAction addressedNeed(IntegrationCase planned, UUID needId, ActionStrategy strategy,
                                               String field) {
        NeedForAction need = planned.needs.stream().filter(n -> n.id.equals(needId)).findFirst()
                .orElseThrow(() -> new RuleViolationException(STRATEGY_NEED_RULE, field,
                        "An action strategy must address a need for action recorded in this case's profiling; "
                                + needId + " is none"));
        if (!need.dimension.equals(strategy.dimension)) {
            throw new RuleViolationException(STRATEGY_NEED_RULE, field, "Strategy " + strategy.code + " addresses needs in "
                    + strategy.dimension + ", the need " + needId + " is in " + need.dimension);
        }
        return need;
    }
}
