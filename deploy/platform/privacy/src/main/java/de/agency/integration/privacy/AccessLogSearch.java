package de.agency.integration.privacy;

import de.agency.integration.clock.AgencyClock;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The data protection officer's search of this service's access log; the caller's role is the resource's check. */
@ApplicationScoped
public class AccessLogSearch {

    /** What to look for; every filter may be absent, the period is by the agency's day (both days included). */
    public record Filter(String customerNumber, String userId, String resourceId, LocalDate from, LocalDate to) {
    }

    /** One page of entries, newest first, and how many match in all. */
    public record Result(List<AccessLogEntry> entries, long total) {
    }

    @Transactional
    public Result search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (filter.customerNumber() != null) {
            conditions.add("customerNumber = :customerNumber");
            parameters.and("customerNumber", filter.customerNumber());
        }
        if (filter.userId() != null) {
            conditions.add("userId = :userId");
            parameters.and("userId", filter.userId());
        }
        if (filter.resourceId() != null) {
            conditions.add("resourceId = :resourceId");
            parameters.and("resourceId", filter.resourceId());
        }
        if (filter.from() != null) {
            conditions.add("accessedAt >= :from");
            parameters.and("from", filter.from().atStartOfDay(AgencyClock.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("accessedAt < :to");
            parameters.and("to", filter.to().plusDays(1).atStartOfDay(AgencyClock.ZONE).toOffsetDateTime());
        }
        var query = AccessLogEntry.<AccessLogEntry>find(String.join(" and ", conditions),
                Sort.descending("accessedAt", "id"), parameters);
        return new Result(query.page(Page.of(page, size)).list(), query.count());
    }
}
