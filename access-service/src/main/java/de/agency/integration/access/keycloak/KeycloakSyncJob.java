package de.agency.integration.access.keycloak;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the Keycloak synchronisation: first a reconciliation after startup (repeated until Keycloak answers), then
 * the alignment of queued users on every run.
 */
@ApplicationScoped
class KeycloakSyncJob {

    private final KeycloakSync sync;
    private volatile boolean reconciledSinceStartup;

    KeycloakSyncJob(KeycloakSync sync) {
        this.sync = sync;
    }

    @Scheduled(identity = "keycloak-sync", every = "${access.keycloak-sync.every}",
            delayed = "${access.keycloak-sync.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        if (!reconciledSinceStartup) {
            try {
                int users = sync.reconcile();
                reconciledSinceStartup = true;
                Log.infof("Reconciliation with Keycloak: %d user(s) queued for a check", users);
            } catch (RuntimeException e) {
                Log.warnf("Reconciliation with Keycloak failed, tried again on the next run: %s", e.getMessage());
                return;
            }
        }
        sync.alignDueUsers();
    }
}
