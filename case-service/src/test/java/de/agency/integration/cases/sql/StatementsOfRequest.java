package de.agency.integration.cases.sql;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test only: every SQL statement Hibernate sends while serving an HTTP request is recorded in the request's scope and
 * returned in the response header {@value #HEADER} (statements separated by {@code ;;}). Work outside a request - the
 * outbox relay after the commit, consumers, jobs - runs in scopes of its own and is not counted.
 */
@ApplicationScoped
public class StatementsOfRequest {

    public static final String HEADER = "X-Test-SQL";

    /** The statements of the current request (reached through its client proxy: methods only, no fields). */
    @RequestScoped
    public static class Recorded {
        private final List<String> statements = new ArrayList<>();

        void add(String statement) {
            statements.add(statement);
        }

        String joined() {
            return String.join(";;", statements);
        }
    }

    /** Sees every statement Hibernate prepares. */
    @PersistenceUnitExtension
    @ApplicationScoped
    public static class Inspector implements StatementInspector {

        @Override
        public String inspect(String sql) {
            if (Arc.container().requestContext().isActive()) {
                Arc.container().instance(Recorded.class).get().add(sql.replaceAll("\\s+", " "));
            }
            return sql;
        }
    }

    @Inject
    Recorded recorded;

    @ServerResponseFilter
    public void addHeader(ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, recorded.joined());
    }
}
