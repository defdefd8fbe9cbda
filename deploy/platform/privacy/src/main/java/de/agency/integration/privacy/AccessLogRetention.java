package de.agency.integration.privacy;

import de.agency.integration.clock.AgencyClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The access log's own retention: entries are deleted when older than {@code access-log.retention}. A plain delete,
 * so it is idempotent and harmless when several replicas run it.
 */
@ApplicationScoped
public class AccessLogRetention implements RetentionRules {

    private final AccessLogConfig config;
    private final EntityManager entityManager;
    private final AgencyClock clock;

    AccessLogRetention(AccessLogConfig config, EntityManager entityManager, AgencyClock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(new RetentionRule("access log: who read which social data of which customer, when",
                config.retention(), "from the read", "deleted by a daily job"));
    }

    @Scheduled(identity = "access-log-retention", every = "${access-log.purge-every:24h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        purge();
    }

    /** @return the number of entries deleted */
    @Transactional
    public int purge() {
        int deleted = entityManager.createNativeQuery("delete from access_log where accessed_at < :cutoff")
                .setParameter("cutoff", clock.now().minus(config.retention()))
                .executeUpdate();
        if (deleted > 0) {
            Log.infof("Deleted %d access log entries older than %s", deleted, config.retention());
        }
        // a read under way while its resource was erased has long committed after a day
        entityManager.createNativeQuery("delete from access_log_erased where erased_at < now() - interval '1 day'")
                .executeUpdate();
        return deleted;
    }
}
