package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.event.CaseOpened;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    static final String AGGREGATE = "case";

    private final Outbox outbox;
    private final Clock clock;

    CaseService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens a case in phase profiling; the case and its {@code CaseOpened} event commit together. */
    @Transactional
    public IntegrationCase open(OpenCase command) {
        IntegrationCase opened = new IntegrationCase();
        opened.id = UUID.randomUUID();
        opened.customerNumber = command.customerNumber();
        opened.legalDomain = command.legalDomain();
        opened.agency = command.agency();
        opened.team = command.team();
        opened.counsellor = command.counsellor();
        opened.phase = Phase.PROFILING;
        opened.openedAt = OffsetDateTime.now(clock);
        opened.persist();
        outbox.record(AGGREGATE, opened.id.toString(), CaseOpened.TYPE, CaseOpened.of(opened));
        return opened;
    }

    public IntegrationCase get(UUID id) {
        return IntegrationCase.<IntegrationCase>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Case " + id + " does not exist"));
    }
}
