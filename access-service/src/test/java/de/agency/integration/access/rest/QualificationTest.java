package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.access.AccessApi.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Qualification of Inga counsellors (DESIGN.md 1.2): certification in a group, the group's annual reflection day
 * proposed by a member and decided by a lead of the proposer's team (never the proposer), supervision on request
 * after certification.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class QualificationTest {

    private static final LocalDate TODAY = LocalDate.now(AgencyClock.ZONE);
    private static final LocalDate NEXT_YEAR = TODAY.plusYears(1).withDayOfYear(20);

    @Test
    void anIngaOrMixedTeamCounsellorIsCertifiedOnce_publishedAsIngaCertificationRecorded() {
        String group = newGroup();
        String inga = counsellorIn("INGA");
        String mixed = counsellorIn("MIXED");

        String id = asAdmin().body(certification(inga, group, TODAY)).post("/certifications").then().statusCode(201)
                .body("certificationGroup", equalTo(group)).body("recordedBy", equalTo("admin")).extract().path("id");
        asAdmin().body(certification(mixed, group, TODAY.minusYears(2))).post("/certifications").then().statusCode(201);
        asAdmin().body(certification(inga, newGroup(), TODAY)).post("/certifications").then().statusCode(409)
                .contentType("application/problem+json");

        ConsumerRecord<String, String> event = TestKafka.await("access-events",
                r -> inga.equals(r.key()) && "IngaCertificationRecorded".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("IngaCertificationRecorded", event.value());

        as(inga, "COUNSELLOR").get("/certifications").then().statusCode(200).body("id", contains(id));
        asAdmin().queryParam("group", group).get("/certifications").then().statusCode(200)
                .body("userId", contains(List.of(inga, mixed).stream().sorted().toArray()));
    }

    @Test
    void certificationRulesAreNamed() {
        asAdmin().body(certification(counsellorIn("OTHER"), newGroup(), TODAY)).post("/certifications")
                .then().statusCode(422).body("rule", equalTo("NO_INGA_MEMBERSHIP"))
                .body("violations[0].field", equalTo("userId"));
        String lead = newUser();
        join(newTeam("INGA"), lead, "TEAM_LEAD", "2021-01-01");
        asAdmin().body(certification(lead, newGroup(), TODAY)).post("/certifications")
                .then().statusCode(422).body("rule", equalTo("NO_INGA_MEMBERSHIP"));
        asAdmin().body(certification(counsellorIn("INGA"), newGroup(), TODAY.plusDays(1))).post("/certifications")
                .then().statusCode(422).body("rule", equalTo("CERTIFIED_ON_NOT_IN_THE_FUTURE"))
                .body("violations[0].field", equalTo("certifiedOn"));
        asAdmin().body(certification(counsellorIn("INGA"), "zg lower", TODAY)).post("/certifications")
                .then().statusCode(400).body("violations[0].field", equalTo("certificationGroup"));
        as("lead", "TEAM_LEAD").body(certification(counsellorIn("INGA"), newGroup(), TODAY)).post("/certifications")
                .then().statusCode(403);
    }

    @Test
    void aMemberProposesTheGroupsReflectionDay_aLeadOfTheProposersTeamDecides_neverTheProposer() {
        String group = newGroup();
        String teamA = newTeam("INGA");
        String teamB = newTeam("INGA");
        String proposer = certified(teamA, group);
        String colleague = certified(teamB, group);
        String leadA = newUser();
        String leadB = newUser();
        join(teamA, leadA, "TEAM_LEAD", "2021-01-01");
        join(teamB, leadB, "TEAM_LEAD", "2021-01-01");

        String id = as(proposer, "COUNSELLOR").body(proposal(group, NEXT_YEAR)).post("/reflection-days")
                .then().statusCode(201).body("status", equalTo("REQUESTED")).body("proposedBy", equalTo(proposer))
                .extract().path("id");
        as(colleague, "COUNSELLOR").body(proposal(group, NEXT_YEAR.plusMonths(3))).post("/reflection-days")
                .then().statusCode(409).contentType("application/problem+json");
        as(colleague, "COUNSELLOR").get("/reflection-days/{id}", id).then().statusCode(200);

        as(leadB, "TEAM_LEAD").post("/reflection-days/{id}/approve", id).then().statusCode(403);
        as(leadA, "TEAM_LEAD").post("/reflection-days/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(leadA));
        as(leadA, "TEAM_LEAD").post("/reflection-days/{id}/approve", id).then().statusCode(409);
        as(leadA, "TEAM_LEAD").get("/reflection-days").then().statusCode(200).body("id", hasItem(id));
        as(leadB, "TEAM_LEAD").get("/reflection-days").then().statusCode(200).body("id", not(hasItem(id)));

        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll("access-events", r -> proposer.equals(r.key()), 4);
        assertEquals(List.of("TeamMembershipChanged", "IngaCertificationRecorded", "ReflectionDayProposed",
                "ReflectionDayDecided"), events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        events.forEach(r -> EventContract.assertConforms(TestKafka.header(r, "ce_type"), r.value()));
    }

    @Test
    void aLeadWhoProposedCannotDecide_aRejectionFreesTheYear() {
        String group = newGroup();
        String team = newTeam("INGA");
        String leadingCounsellor = certified(team, group);
        join(team, leadingCounsellor, "TEAM_LEAD", "2021-01-01");
        String otherLead = newUser();
        join(team, otherLead, "TEAM_LEAD", "2021-01-01");

        String id = as(leadingCounsellor, "COUNSELLOR", "TEAM_LEAD").body(proposal(group, NEXT_YEAR))
                .post("/reflection-days").then().statusCode(201).extract().path("id");
        as(leadingCounsellor, "COUNSELLOR", "TEAM_LEAD").post("/reflection-days/{id}/approve", id)
                .then().statusCode(403).contentType("application/problem+json");
        as(otherLead, "TEAM_LEAD").body("{\"reason\":\"The week of the annual planning\"}")
                .post("/reflection-days/{id}/reject", id).then().statusCode(200).body("status", equalTo("REJECTED"));
        as(leadingCounsellor, "COUNSELLOR").body(proposal(group, NEXT_YEAR.plusDays(7))).post("/reflection-days")
                .then().statusCode(201);
    }

    @Test
    void reflectionDayRules() {
        String group = newGroup();
        String member = certified(newTeam("INGA"), group);
        String outsider = certified(newTeam("INGA"), newGroup());

        as(member, "COUNSELLOR").body(proposal(group, TODAY.minusDays(1))).post("/reflection-days")
                .then().statusCode(422).body("rule", equalTo("PLANNED_ON_NOT_IN_THE_PAST"))
                .body("violations[0].field", equalTo("plannedOn"));
        as(outsider, "COUNSELLOR").body(proposal(group, NEXT_YEAR)).post("/reflection-days").then().statusCode(403);
        as(counsellorIn("INGA"), "COUNSELLOR").body(proposal(group, NEXT_YEAR)).post("/reflection-days")
                .then().statusCode(403);
        as(outsider, "COUNSELLOR").get("/reflection-days/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void supervisionAfterCertification_decidedByALeadOfTheRequestersTeam_seenByThoseTwoOnly() {
        String team = newTeam("INGA");
        String requester = certified(team, newGroup());
        String lead = newUser();
        join(team, lead, "TEAM_LEAD", "2021-01-01");
        String otherLead = newUser();
        join(newTeam("INGA"), otherLead, "TEAM_LEAD", "2021-01-01");

        as(counsellorIn("INGA"), "COUNSELLOR").post("/supervision-requests").then().statusCode(422)
                .body("rule", equalTo("CERTIFICATION_REQUIRED"));
        String id = as(requester, "COUNSELLOR").post("/supervision-requests").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        as(requester, "COUNSELLOR").post("/supervision-requests").then().statusCode(409);

        as(otherLead, "TEAM_LEAD").get("/supervision-requests/{id}", id).then().statusCode(403);
        asAdmin().get("/supervision-requests/{id}", id).then().statusCode(403);
        as(otherLead, "TEAM_LEAD").post("/supervision-requests/{id}/approve", id).then().statusCode(403);
        as(lead, "TEAM_LEAD").get("/supervision-requests").then().statusCode(200).body("id", contains(id));
        as(lead, "TEAM_LEAD").post("/supervision-requests/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(lead));
        as(requester, "COUNSELLOR").post("/supervision-requests").then().statusCode(201);
    }

    private static String certified(String team, String group) {
        String user = newUser();
        join(team, user, "COUNSELLOR", "2021-01-01");
        asAdmin().body(certification(user, group, TODAY.minusMonths(1))).post("/certifications").then().statusCode(201);
        return user;
    }

    private static String counsellorIn(String teamType) {
        String user = newUser();
        join(newTeam(teamType), user, "COUNSELLOR", "2021-01-01");
        return user;
    }

    private static String newGroup() {
        return "ZG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String certification(String user, String group, LocalDate on) {
        return """
                {"userId":"%s","certificationGroup":"%s","certifiedOn":"%s"}""".formatted(user, group, on);
    }

    private static String proposal(String group, LocalDate on) {
        return """
                {"certificationGroup":"%s","plannedOn":"%s"}""".formatted(group, on);
    }
}
