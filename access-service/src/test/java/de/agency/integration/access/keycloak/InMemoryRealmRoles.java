package de.agency.integration.access.keycloak;

import de.agency.integration.access.domain.Role;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Keycloak's realm roles as an in-memory double for the service tests (the real Keycloak is exercised by the
 * end-to-end test). Can be told to fail, as an unreachable Keycloak would.
 */
@Mock
@ApplicationScoped
public class InMemoryRealmRoles implements RealmRoles {

    private final Map<String, Set<Role>> roles = new ConcurrentHashMap<>();
    private final Set<String> unknownUsers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    @Override
    public Set<Role> of(String userId) {
        failIfTold(userId);
        return Set.copyOf(roles.getOrDefault(userId, Set.of()));
    }

    @Override
    public void add(String userId, Set<Role> added) {
        failIfTold(userId);
        roles.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).addAll(added);
    }

    @Override
    public void remove(String userId, Set<Role> removed) {
        failIfTold(userId);
        roles.getOrDefault(userId, EnumSet.noneOf(Role.class)).removeAll(removed);
    }

    @Override
    public Set<String> holdersOf(Role role) {
        return roles.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** What the user holds, read by the test without any failure. */
    public Set<Role> held(String userId) {
        return Set.copyOf(roles.getOrDefault(userId, Set.of()));
    }

    /** Someone changed Keycloak behind access-service's back. */
    public void driftBy(String userId, Role role) {
        roles.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(role);
    }

    public void failNext(int calls) {
        failuresToCome.set(calls);
    }

    public int failures() {
        return failures.get();
    }

    public void forget(String userId) {
        unknownUsers.add(userId);
    }

    private void failIfTold(String userId) {
        if (unknownUsers.contains(userId)) {
            throw new UnknownUserException(userId);
        }
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failures.incrementAndGet();
            throw new jakarta.ws.rs.ProcessingException("Connection refused (test double)");
        }
    }
}
