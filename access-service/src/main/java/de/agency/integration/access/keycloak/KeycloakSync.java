package de.agency.integration.access.keycloak;

import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Aligns the Inga realm roles in Keycloak with the grants, access-service being the source of truth: roles missing
 * in Keycloak are added, roles Keycloak has without a grant are removed. A failed alignment is retried with backoff
 * until it succeeds.
 */
@ApplicationScoped
public class KeycloakSync {

    /** Transaction-scoped advisory lock: one replica aligns at a time, so two never work on the same user. */
    private static final long LOCK = 0x6b63_7379_6e63L;

    private final RealmRoles realmRoles;
    private final KeycloakSyncQueue queue;
    private final KeycloakSyncConfig config;
    private final EntityManager entityManager;

    KeycloakSync(RealmRoles realmRoles, KeycloakSyncQueue queue, KeycloakSyncConfig config,
                 EntityManager entityManager) {
        this.realmRoles = realmRoles;
        this.queue = queue;
        this.config = config;
        this.entityManager = entityManager;
    }

    /**
     * Queues every user whose Inga roles in Keycloak may differ from the grants: those holding a grant and those
     * Keycloak lists as holders of an Inga role.
     *
     * @return the number of users queued
     */
    @Transactional
    public int reconcile() {
        Set<String> users = new HashSet<>(RoleGrant.holders());
        for (Role role : Role.values()) {
            users.addAll(realmRoles.holdersOf(role));
        }
        users.forEach(user -> queue.enqueue(user, KeycloakSyncQueue.Reason.RECONCILE));
        return users.size();
    }

    /** Aligns the users that are due, at most one batch. */
    @Transactional
    public void alignDueUsers() {
        boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (locked) {
            queue.due(config.batchSize()).forEach(this::align);
        }
    }

    private void align(KeycloakSyncQueue.Entry entry) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        RoleGrant.activeFor(entry.userId()).forEach(grant -> granted.add(grant.role));
        try {
            Set<Role> held = realmRoles.of(entry.userId());
            Set<Role> missing = difference(granted, held);
            Set<Role> surplus = difference(held, granted);
            if (!missing.isEmpty()) {
                realmRoles.add(entry.userId(), missing);
            }
            if (!surplus.isEmpty()) {
                realmRoles.remove(entry.userId(), surplus);
            }
            queue.done(entry);
            logChange(entry, missing, surplus);
        } catch (RuntimeException e) {
            Duration backoff = backoff(entry.attempts());
            queue.retryLater(entry, backoff, String.valueOf(e.getMessage()));
            // warn at the first failure and when retries slow down to the longest pause; the rest at debug level,
            // so that users Keycloak does not know (yet) do not flood the log
            boolean noteworthy = entry.attempts() == 0
                    || backoff.equals(config.maxBackoff()) && !backoff(entry.attempts() - 1).equals(config.maxBackoff());
            Log.logf(noteworthy ? Logger.Level.WARN : Logger.Level.DEBUG,
                    "Keycloak realm roles of user %s not aligned (attempt %d), retried in %s: %s",
                    entry.userId(), entry.attempts() + 1, backoff, e.getMessage());
        }
    }

    private static void logChange(KeycloakSyncQueue.Entry entry, Set<Role> added, Set<Role> removed) {
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        if (entry.reason() == KeycloakSyncQueue.Reason.RECONCILE) {
            Log.warnf("Drift corrected in Keycloak for user %s: added %s, removed %s (no grant change explains it)",
                    entry.userId(), added, removed);
        } else {
            Log.infof("Keycloak realm roles of user %s aligned: added %s, removed %s", entry.userId(), added, removed);
        }
    }

    Duration backoff(int failedAttempts) {
        Duration backoff = config.initialBackoff().multipliedBy(1L << Math.min(failedAttempts, 20));
        return backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
    }

    private static Set<Role> difference(Set<Role> a, Set<Role> b) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        result.addAll(a);
        result.removeAll(b);
        return result;
    }
}
