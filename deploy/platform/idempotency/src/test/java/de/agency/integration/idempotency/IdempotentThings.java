package de.agency.integration.idempotency;

import de.agency.integration.errors.DependencyUnavailableException;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The test application's resource: a POST whose effect (a row) happens once per Idempotency-Key. */
@Path("/things")
@Authenticated
public class IdempotentThings {

    /** The next request fails after its effect, as a request whose database connection breaks would. */
    static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();

    public record Thing(String name) {
    }

    public record Created(UUID id, String name) {
    }

    private final EntityManager entityManager;

    IdempotentThings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @ResponseStatus(201)
    @Idempotent
    public Created create(Thing thing) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into thing (id, name) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, thing.name()).executeUpdate();
        if (FAIL_NEXT.getAndSet(false)) {
            throw new DependencyUnavailableException("Failed after the effect", Duration.ofSeconds(1), null);
        }
        return new Created(id, thing.name());
    }
}
