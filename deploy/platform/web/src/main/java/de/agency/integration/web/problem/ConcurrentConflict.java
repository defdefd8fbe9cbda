package de.agency.integration.web.problem;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a request that lost a race against another on the same data: a version conflict of an aggregate
 * ({@code @Version}), a unique index the other request filled first, or a lock or serialisation failure. Each is a
 * 409 naming the resource; the database's error detail, which carries the row's values, is never shown.
 */
final class ConcurrentConflict {

    private static final String UNIQUE_VIOLATION = "23505";
    /** serialization_failure, deadlock_detected, lock_not_available */
    private static final Set<String> LOCK_CONFLICTS = Set.of("40001", "40P01", "55P03");

    private ConcurrentConflict() {
    }

    /** The problem's detail if the failure is a lost race, found anywhere in the chain of causes. */
    static Optional<String> describe(Throwable failure, ProblemDetailsConfig config) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleObjectStateException stale) {
                return Optional.of("The " + words(stale.getEntityName()) + " " + stale.getIdentifier()
                        + " was changed by another request at the same time; read it again and retry");
            }
            if (cause instanceof StaleStateException || cause instanceof jakarta.persistence.OptimisticLockException) {
                return Optional.of("The resource was changed by another request at the same time; read it again "
                        + "and retry");
            }
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                String constraint = violation.getConstraintName();
                return Optional.of(config.uniqueConstraints().getOrDefault(constraint, "The resource (unique "
                        + "constraint " + constraint + ")") + " exists already; another request created it first");
            }
            if (cause instanceof SQLException sql && LOCK_CONFLICTS.contains(sql.getSQLState())) {
                return Optional.of("The request conflicted with a concurrent request on the same data; retry");
            }
        }
        return Optional.empty();
    }

    /** {@code de.agency...IntegrationCase} as "integration case". */
    private static String words(String entityName) {
        String simple = entityName.substring(entityName.lastIndexOf('.') + 1);
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
