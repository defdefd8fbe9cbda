package de.agency.integration.cases.workflow;

import static de.agency.integration.cases.workflow.CaseApi.agreeGoal;
import static de.agency.integration.cases.workflow.CaseApi.asCounsellor;
import static de.agency.integration.cases.workflow.CaseApi.complete;
import static de.agency.integration.cases.workflow.CaseApi.note;
import static de.agency.integration.cases.workflow.CaseApi.open;
import static de.agency.integration.cases.workflow.CaseApi.profiled;
import static de.agency.integration.cases.workflow.CaseApi.recordProfiling;
import static de.agency.integration.cases.workflow.CaseApi.selectStrategy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.testing.PostgresAndKafkaResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN.md 1.1, each in a test named after it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class FourPhaseModelTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void needsForActionCarryNoPriority_aRequestWithPriorityIsRefused() {
        String caseId = open("SGB_III");
        recordProfiling(caseId, """
                {"strengths":[],"needs":[{"dimension":"QUALIFICATION","description":"Licence","priority":1}]}
                """)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("needs[0].priority"))
                .body("violations[0].message", containsString("not prioritised"));
    }

    @Test
    void needDimensionMustComeFromTheCatalogue() {
        String caseId = open("SGB_III");
        recordProfiling(caseId, """
                {"strengths":[],"needs":[{"dimension":"LUCK","description":"x"}]}
                """)
                .then().statusCode(422)
                .body("violations[0].field", equalTo("needs[0].dimension"))
                .body("detail", containsString("QUALIFICATION"));
    }

    @Test
    void profilingCompletesOnlyWithAConclusion() {
        String caseId = open("SGB_III");
        recordProfiling(caseId, """
                {"strengths":["Punctual"],"needs":[]}
                """).then().statusCode(200);

        complete(caseId).then().statusCode(422)
                .body("rule", equalTo("PROFILING_NEEDS_CONCLUSION"));
        asCounsellor().get("/cases/{id}", caseId).then().body("phase", equalTo("PROFILING"));
    }

    @Test
    void conclusionInTheFieldCompletesProfilingInSgb3AndDerivesTheCategory() {
        String caseId = open("SGB_III");
        recordProfiling(caseId, """
                {"strengths":["Punctual"],"needs":[{"dimension":"PERFORMANCE","description":"Back pain"},
                 {"dimension":"QUALIFICATION","description":"No vocational degree"}],"conclusion":"Stabilise first"}
                """).then().statusCode(200);

        complete(caseId).then().statusCode(200)
                .body("phase", equalTo("GOAL_SETTING"))
                .body("profileCategory", equalTo("STABILISATION"));
    }

    @Test
    void conclusionAsProfilingAssessmentNoteCompletesProfiling() {
        String caseId = open("SGB_III");
        note(caseId, "PROFILING_ASSESSMENT").then().statusCode(201);

        complete(caseId).then().statusCode(200)
                .body("phase", equalTo("GOAL_SETTING"))
                .body("profileCategory", equalTo("MARKET"));
    }

    @Test
    void sgb2FirstCounsellingNeedsProfilingAssessmentNote_conclusionFieldAloneIsRefused() {
        String caseId = open("SGB_II");
        recordProfiling(caseId, """
                {"strengths":[],"needs":[],"conclusion":"Documented in the field only"}
                """).then().statusCode(200);

        complete(caseId).then().statusCode(422)
                .body("rule", equalTo("SGB2_FIRST_COUNSELLING_NEEDS_PROFILING_ASSESSMENT_NOTE"));

        note(caseId, "PROFILING_ASSESSMENT").then().statusCode(201);
        complete(caseId).then().statusCode(200).body("phase", equalTo("GOAL_SETTING"));
    }

    @Test
    void phasesRunInOrder_anEarlyGoalIsAConflictNamingTheAllowedActions() {
        String caseId = open("SGB_III");

        agreeGoal(caseId).then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", hasItem("PUT /cases/{id}/profiling"))
                .body("allowed", hasItem("POST /cases/{id}/profiling/complete"));
    }

    @Test
    void goalDateOutsideTheCalendarOfWorkingLifeIsNamed() {
        String caseId = open("SGB_III");
        profiled(caseId);

        asCounsellor().body("{\"kind\":\"TARGET_OCCUPATION\",\"description\":\"x\",\"targetDate\":2147483647}")
                .put("/cases/{id}/goal", caseId)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("targetDate"));
    }

    @Test
    void strategyMustAddressARecordedNeedOfItsDimension() {
        String caseId = open("SGB_III");
        String needId = profiled(caseId);
        agreeGoal(caseId).then().statusCode(200).body("phase", equalTo("STRATEGY_SELECTION"));

        selectStrategy(caseId, "VOCATIONAL_QUALIFICATION", CaseApi.unknownId()).then().statusCode(422)
                .body("rule", equalTo("STRATEGY_ADDRESSES_RECORDED_NEED"))
                .body("violations[0].field", equalTo("strategies[0].needId"));
        selectStrategy(caseId, "DEBT_COUNSELLING", needId).then().statusCode(422)
                .body("detail", containsString("FRAMEWORK_CONDITIONS"));

        selectStrategy(caseId, "VOCATIONAL_QUALIFICATION", needId).then().statusCode(200)
                .body("phase", equalTo("IMPLEMENTATION_AND_FOLLOW_UP"))
                .body("strategies[0].needId", equalTo(needId));
    }

    @Test
    void followUpMayReopenProfiling_andTheHistoryRecordsEveryTransition() {
        String caseId = implementing();
        String stepId = asCounsellor().body("""
                {"kind":"GROUP_MEASURE","description":"Application workshop","responsible":"CUSTOMER","dueDate":"2099-01-31"}
                """).post("/cases/{id}/steps", caseId).then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        asCounsellor().body("{\"status\":\"DONE\"}").put("/cases/{id}/steps/{stepId}/status", caseId, stepId)
                .then().statusCode(200).body("status", equalTo("DONE"));
        asCounsellor().body("{\"status\":\"DONE\"}").put("/cases/{id}/steps/{stepId}/status", caseId, CaseApi.unknownId())
                .then().statusCode(404);

        asCounsellor().body("""
                {"heldOn":"2026-11-20","progress":"New health issue","reopenProfiling":true}
                """).post("/cases/{id}/follow-ups", caseId).then().statusCode(201);

        asCounsellor().get("/cases/{id}", caseId).then()
                .body("phase", equalTo("PROFILING"))
                .body("steps", hasSize(1))
                .body("followUps[0].reopensProfiling", equalTo(true));
        asCounsellor().get("/cases/{id}/history", caseId).then()
                .body("to", contains("PROFILING", "GOAL_SETTING", "STRATEGY_SELECTION",
                        "IMPLEMENTATION_AND_FOLLOW_UP", "PROFILING"))
                .body("by", everyItemIs("counsellor"))
                .body("cause[4]", equalTo("FOLLOW_UP_REOPENED_PROFILING"));
    }

    @Test
    void counsellingNotesAreAppendOnly_noUpdateOrDeleteEndpointAndTheDatabaseRefusesChanges() throws SQLException {
        String caseId = open("SGB_III");
        String noteId = note(caseId, "COUNSELLING").then().statusCode(201).extract().path("id");

        asCounsellor().body("{\"type\":\"COUNSELLING\",\"text\":\"changed\"}")
                .put("/cases/{id}/notes/{noteId}", caseId, noteId).then().statusCode(404);
        asCounsellor().delete("/cases/{id}/notes/{noteId}", caseId, noteId).then().statusCode(404);
        try (Connection connection = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("update counselling_note set text = 'changed' where id = '" + noteId + "'"));
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("delete from counselling_note where id = '" + noteId + "'"));
        }
        asCounsellor().get("/cases/{id}/notes", caseId).then()
                .body("text", contains("Assessment of strengths and needs"))
                .body("author", contains("counsellor"));
    }

    @Test
    void handoverChangesTheLegalDomainAndKeepsTheDocumentation() {
        String caseId = open("SGB_III");
        note(caseId, "COUNSELLING").then().statusCode(201);

        asCounsellor().body("{\"toLegalDomain\":\"SGB_III\"}").post("/cases/{id}/handover", caseId)
                .then().statusCode(422).body("rule", equalTo("HANDOVER_TO_OTHER_LEGAL_DOMAIN"));
        asCounsellor().body("{\"toLegalDomain\":\"SGB_II\"}").post("/cases/{id}/handover", caseId)
                .then().statusCode(200).body("legalDomain", equalTo("SGB_II"));

        asCounsellor().get("/cases/{id}/notes", caseId).then().body("", hasSize(1));
        asCounsellor().get("/cases/{id}/history", caseId).then().body("cause", hasItem("HANDED_OVER_TO_SGB_II"));
    }

    @Test
    void aClosedCaseRefusesEveryChange() {
        String caseId = open("SGB_III");
        asCounsellor().body("{\"reason\":\"INTEGRATED\"}").post("/cases/{id}/close", caseId)
                .then().statusCode(200).body("allowedActions", hasSize(0));

        note(caseId, "COUNSELLING").then().statusCode(409);
        asCounsellor().body("{\"reason\":\"OTHER\"}").post("/cases/{id}/close", caseId).then().statusCode(409);
    }

    @Test
    void casesAreSearchedPagedByAgencyAndPhase() {
        open("SGB_III");
        open("SGB_III");
        open("SGB_III");

        asCounsellor().queryParam("agency", "511").queryParam("phase", "PROFILING").queryParam("size", 2)
                .get("/cases").then().statusCode(200)
                .body("items", hasSize(2))
                .body("size", equalTo(2))
                .body("items.agency", everyItemIs("511"));
        asCounsellor().queryParam("size", 0).get("/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    /**
     * Sixteen profilings of one case at once: each either wins (200) or loses cleanly (409), never a 500; no update is
     * lost (the version moved once per win) and none is mixed (strengths and needs of one and the same request).
     */
    @Test
    void concurrentChangesOfOneCaseAreConflictsNotErrorsAndNoUpdateIsLostOrMixed() throws Exception {
        String caseId = open("SGB_III");
        int versionBefore = asCounsellor().get("/cases/{id}", caseId).then().extract().path("version");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(pool.submit(() -> recordProfiling(caseId, """
                        {"strengths":["s%d"],"needs":[{"dimension":"QUALIFICATION","description":"n%d"}]}
                        """.formatted(n, n)).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(Set.of(200, 409).containsAll(statuses), "statuses " + statuses);
        long wins = statuses.stream().filter(status -> status == 200).count();
        assertTrue(wins >= 1, "one profiling at least wins: " + statuses);

        var kase = asCounsellor().get("/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
        assertEquals(versionBefore + wins, kase.getLong("version"), "one version per win: " + statuses);
        String strength = kase.getString("strengths[0]");
        assertEquals("n" + strength.substring(1), kase.getString("needs[0].description"),
                "strengths and needs of the same request");
        assertEquals(1, kase.getList("needs").size());
    }

    private static String implementing() {
        String caseId = open("SGB_III");
        String needId = profiled(caseId);
        agreeGoal(caseId).then().statusCode(200);
        selectStrategy(caseId, "VOCATIONAL_QUALIFICATION", needId).then().statusCode(200);
        return caseId;
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
