package de.agency.integration.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test only, in every service's tests: every SQL statement Hibernate sends while serving an HTTP request is recorded in the request's scope and
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
            // without HTTP endpoints (a library's test application) nothing records: the bean is not there
            InstanceHandle<Recorded> recorded = Arc.container().instance(Recorded.class);
            if (recorded.isAvailable() && Arc.container().requestContext().isActive()) {
                recorded.get().add(sql.replaceAll("\\s+", " "));
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

    /** The statements of the request that answered, each as its verb and first table, e.g. {@code insert outbox_event}. */
    public static List<String> of(Response response) {
        String header = response.header(HEADER);
        return Arrays.stream(header.split(";;")).filter(s -> !s.isBlank()).map(sql -> {
            String[] words = sql.trim().toLowerCase(Locale.ROOT).split(" ");
            String verb = words[0];
            String keyword = verb.equals("insert") ? "into" : verb.equals("update") ? "update" : "from";
            for (int i = 0; i < words.length - 1; i++) {
                if (words[i].equals(keyword)) {
                    return verb + " " + words[i + 1];
                }
            }
            return sql;
        }).toList();
    }
}
