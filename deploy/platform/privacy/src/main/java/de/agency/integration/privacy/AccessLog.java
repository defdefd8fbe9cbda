package de.agency.integration.privacy;

import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.CustomerNumbers;
import de.agency.integration.errors.DependencyUnavailableException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Records reads of social data (Zugriffsprotokoll) in the read's own transaction: if the log cannot be written, the
 * read fails with 503 and shows nothing. One insert per read, however many resources a list names.
 *
 * <p>A read that names customers first takes a shared advisory lock per resource, which the erasure of a resource
 * takes exclusively ({@link AccessLogErasure}): a read under way while the resource is erased either commits its
 * entry before the erasure removes the number from the log, or writes it after the erasure committed, and then
 * without the number. No entry of a read racing an erasure keeps the customer's number.
 */
@RequestScoped
public class AccessLog {

    /** A resource a read showed, and the customer it is about (null where the service does not know him or her). */
    public record Subject(String resourceId, String customerNumber) {
    }

    /** The resource kind of the reads a subject access (Art. 15 GDPR) made for the data protection officer. */
    public static final String SUBJECT_ACCESS = "SUBJECT_ACCESS";

    private static final String INSERT = """
            insert into access_log (accessed_at, user_id, resource_kind, resource_id, customer_number, endpoint)
            select ?, ?, ?, r.id, case when e.resource_id is null then r.customer end, ?
            from unnest(?, ?) as r(id, customer) left join access_log_erased e on e.resource_id = r.id""";

    private final EntityManager entityManager;
    private final CurrentCaller identity;
    private final RoutingContext request;
    private final AgencyClock clock;

    AccessLog(EntityManager entityManager, CurrentCaller identity, RoutingContext request, AgencyClock clock) {
        this.entityManager = entityManager;
        this.identity = identity;
        this.request = request;
        this.clock = clock;
    }

    /** A read that showed one or several resources, e.g. a page of a search. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String resourceKind, Collection<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        // the customer number of the read goes to its own column; a path that names one (subject access) is masked
        String endpoint = request.request().method().name() + " " + CustomerNumbers.masked(request.request().path());
        try {
            entityManager.unwrap(Session.class).doWork(connection -> {
                Array ids = connection.createArrayOf("varchar", subjects.stream().map(Subject::resourceId).toArray());
                if (subjects.stream().anyMatch(subject -> subject.customerNumber() != null)) {
                    ErasureLocks.share(connection, ids);
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    Array customers = connection.createArrayOf("varchar",
                            subjects.stream().map(Subject::customerNumber).toArray());
                    insert.setObject(1, clock.now());
                    insert.setString(2, identity.id());
                    insert.setString(3, resourceKind);
                    insert.setString(4, endpoint);
                    insert.setArray(5, ids);
                    insert.setArray(6, customers);
                    insert.executeUpdate();
                }
            });
        } catch (PersistenceException e) {
            throw new DependencyUnavailableException("The access log cannot be written, so the read is refused; "
                    + "try again later", Duration.ofSeconds(5), e);
        }
    }
}
