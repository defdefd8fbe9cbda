package de.agency.integration.cases.event;

import static de.agency.integration.cases.workflow.CaseApi.agreeGoal;
import static de.agency.integration.cases.workflow.CaseApi.asCounsellor;
import static de.agency.integration.cases.workflow.CaseApi.note;
import static de.agency.integration.cases.workflow.CaseApi.open;
import static de.agency.integration.cases.workflow.CaseApi.profiled;
import static de.agency.integration.cases.workflow.CaseApi.selectStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import de.agency.integration.cases.workflow.Memberships;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every case event, emitted through a whole case lifecycle, in order and conforming to its AsyncAPI schema. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseEventsContractTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Test
    void everyStateChangeEmitsItsEventInOrderConformingToTheContractWithoutFreeText() {
        String caseId = open("SGB_III");
        note(caseId, "PROFILING_ASSESSMENT").then().statusCode(201);
        String needId = profiled(caseId);
        agreeGoal(caseId).then().statusCode(200);
        selectStrategy(caseId, "VOCATIONAL_QUALIFICATION", needId).then().statusCode(200);
        asCounsellor().body("{\"heldOn\":\"2026-11-20\",\"progress\":\"Secret progress text\",\"reopenProfiling\":false}")
                .post("/cases/{id}/follow-ups", caseId).then().statusCode(201);
        asCounsellor().body("{\"toLegalDomain\":\"SGB_II\"}").post("/cases/{id}/handover", caseId).then().statusCode(200);
        asCounsellor().body("{\"reason\":\"INTEGRATED\"}").post("/cases/{id}/close", caseId).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TestKafka.awaitAll("case-events", r -> caseId.equals(r.key()), 8);

        assertEquals(List.of("CaseOpened", "CounsellingNoteRecorded", "ProfilingCompleted", "GoalAgreed",
                        "StrategySelected", "FollowUpRecorded", "CaseHandedOver", "CaseClosed"),
                records.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertConforms(TestKafka.header(record, "ce_type"), record.value());
            for (String freeText : List.of("Reliable", "Licence expired", "Good prospects", "Assessment of strengths",
                    "Warehouse clerk", "Secret progress text")) {
                assertFalse(record.value().contains(freeText), "free text in " + record.value());
            }
        }
    }
}
