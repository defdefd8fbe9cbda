package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Qualification in the reports (DESIGN.md 1.2): holders of the Inga counsellor role without a certification, and
 * certification groups without an approved reflection day in the last 12 months.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class QualificationReportsTest {

    static final Caller VIEWER = Caller.of("viewer", "REPORTING_VIEWER");
    static final LocalDate TODAY = LocalDate.now(AgencyClock.ZONE);

    @Test
    void holdersOfTheIngaCounsellorRoleWithoutCertificationAreListedForTheLeadsOfTheirTeam() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        Events events = new Events();
        events.membership("lead-" + agency, team, "INGA", agency, "TEAM_LEAD", "JOINED");
        events.roleGranted("lead-" + agency, "INGA_ADDITIONAL_PERMISSION", team);
        for (String user : List.of("uncertified-" + agency, "certified-" + agency)) {
            events.membership(user, team, "INGA", agency, "COUNSELLOR", "JOINED");
            events.roleGranted(user, "INTEGRATION_COUNSELLOR_SGB3", team);
        }
        events.certified("certified-" + agency, group(agency, "A"), "2025-05-01");
        Caller lead = Caller.of("lead-" + agency, "TEAM_LEAD");

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> lead.request()
                .queryParam("agency", agency).get("/reports/uncertified-inga-counsellors").jsonPath(),
                p -> p.getList("$").size() == 1);
        assertEquals("uncertified-" + agency, report.getString("[0].ingaCounsellor"));
        assertEquals(team, report.getString("[0].team"));
        assertEquals(agency, report.getString("[0].agency"));

        events.certified("uncertified-" + agency, group(agency, "A"), TODAY.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> lead.request().queryParam("agency", agency)
                .get("/reports/uncertified-inga-counsellors").jsonPath().getList("$").isEmpty());
    }

    @Test
    void groupsWithoutAnApprovedReflectionDayInTheLast12MonthsAreFlagged() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        String recent = group(agency, "RECENT");
        String lapsed = group(agency, "LAPSED");
        String pendingOnly = group(agency, "PENDING");
        Events events = new Events();
        for (String group : List.of(recent, lapsed, pendingOnly)) {
            String member = group.toLowerCase();
            events.membership(member, team, "INGA", agency, "COUNSELLOR", "JOINED");
            events.certified(member, group, TODAY.minusYears(2).toString());
        }
        events.certified("second-" + agency, recent, TODAY.minusYears(1).toString());
        approved(events, recent, TODAY.minusMonths(3));
        String rejected = UUID.randomUUID().toString();
        events.reflectionDayProposed(rejected, "p", recent, TODAY.minusMonths(1).toString());
        events.reflectionDayDecided(rejected, "p", recent, TODAY.minusMonths(1).toString(), "REJECTED");
        approved(events, lapsed, TODAY.minusMonths(13));
        String decidedFirst = UUID.randomUUID().toString();
        events.reflectionDayDecided(decidedFirst, "p", lapsed, TODAY.plusMonths(1).toString(), "APPROVED");
        events.reflectionDayProposed(decidedFirst, "p", lapsed, TODAY.plusMonths(1).toString());
        events.reflectionDayProposed(UUID.randomUUID().toString(), "p", pendingOnly, TODAY.minusMonths(1).toString());
        events.redeliverAll();

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> VIEWER.request()
                .queryParam("agency", agency).get("/reports/reflection-days").jsonPath(),
                p -> p.getList("$").size() == 3 && p.getString("[0].nextReflectionDay") != null);
        assertEquals(Arrays.asList(lapsed, pendingOnly, recent), report.getList("certificationGroup"));
        assertEquals(List.of(1, 1, 2), report.getList("certifiedCounsellors"));
        assertEquals(Arrays.asList(TODAY.minusMonths(13).toString(), null, TODAY.minusMonths(3).toString()),
                report.getList("lastReflectionDay"));
        assertEquals(Arrays.asList(TODAY.plusMonths(1).toString(), null, null), report.getList("nextReflectionDay"));
        assertEquals(List.of(true, true, false), report.getList("withoutReflectionDayInLast12Months"));
        assertEquals(TODAY.minusYears(2).toString(), report.getString("[2].firstCertifiedOn"));

        Caller leadElsewhere = Caller.of("lead-elsewhere-" + agency, "TEAM_LEAD");
        assertEquals(List.of(), leadElsewhere.request().queryParam("agency", agency).get("/reports/reflection-days")
                .jsonPath().getList("$"));
    }

    private static void approved(Events events, String group, LocalDate on) {
        String id = UUID.randomUUID().toString();
        events.reflectionDayProposed(id, "p", group, on.toString());
        events.reflectionDayDecided(id, "p", group, on.toString(), "APPROVED");
    }

    private static String group(String agency, String suffix) {
        return "ZG-" + agency.toUpperCase() + "-" + suffix;
    }

    private static String agency() {
        return "Q" + UUID.randomUUID().toString().substring(0, 6);
    }
}
