package de.agency.integration.web.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** How a service names its resources in problems. */
@ConfigMapping(prefix = "problem-details")
public interface ProblemDetailsConfig {

    /**
     * What each unique constraint of the service's database stands for, by constraint name, e.g.
     * {@code problem-details.unique-constraints.enrollment_one_open_per_customer=an open enrollment of this customer}:
     * a request that loses a race on it gets a 409 naming that resource, never the row's values.
     */
    Map<String, String> uniqueConstraints();

    /** The {@code Retry-After} of a 503 while the database cannot be reached (e.g. during its restart). */
    @WithDefault("5s")
    Duration databaseRetryAfter();
}
