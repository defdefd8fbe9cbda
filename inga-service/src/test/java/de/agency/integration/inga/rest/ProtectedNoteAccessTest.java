package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.ADDITIONAL;
import static de.agency.integration.inga.IngaApi.INGA_TEAM;
import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The access matrix of the protected note (DESIGN.md 1.2): roles x relationship to the enrollment, each read and
 * write allowed or refused, and audited either way.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ProtectedNoteAccessTest {

    /** A caller and his or her relationship to an enrollment, set up in the replicas; with the expected rights. */
    enum Relationship {
        OWN_COUNSELLOR(true, true, (counsellor, team) -> counsellor),
        OWN_COUNSELLOR_WHOSE_ROLE_WAS_REVOKED(false, false, (counsellor, team) -> {
            String user = Replicas.user("revoked");
            Replicas.revoke(Replicas.grant(user, SGB3, team));
            return user;
        }),
        DEPUTY_WITH_ROLE(true, true, (counsellor, team) -> {
            String deputy = ingaCounsellor();
            Replicas.deputy(counsellor, deputy, LocalDate.now(AgencyClock.ZONE).minusDays(1), LocalDate.now(AgencyClock.ZONE).plusDays(1));
            return deputy;
        }),
        DEPUTY_WITHOUT_ROLE(false, false, (counsellor, team) -> {
            String deputy = Replicas.user("deputy");
            Replicas.deputy(counsellor, deputy, LocalDate.now(AgencyClock.ZONE).minusDays(1), LocalDate.now(AgencyClock.ZONE).plusDays(1));
            return deputy;
        }),
        DEPUTY_WITH_ROLE_AFTER_THE_PERIOD(false, false, (counsellor, team) -> {
            String deputy = ingaCounsellor();
            Replicas.deputy(counsellor, deputy, LocalDate.now(AgencyClock.ZONE).minusDays(9), LocalDate.now(AgencyClock.ZONE).minusDays(1));
            return deputy;
        }),
        TEAM_LEAD_WITH_PERMISSION(true, false, (counsellor, team) -> {
            String lead = Replicas.user("lead");
            Replicas.grant(lead, ADDITIONAL, team);
            return lead;
        }),
        TEAM_LEAD_WITHOUT_PERMISSION(false, false, (counsellor, team) -> Replicas.user("lead")),
        LEAD_OF_ANOTHER_TEAM(false, false, (counsellor, team) -> {
            String lead = Replicas.user("lead");
            Replicas.grant(lead, ADDITIONAL, "X90-999-INGA9");
            return lead;
        }),
        OTHER_INGA_COUNSELLOR(false, false, (counsellor, team) -> ingaCounsellor()),
        ACCESS_ADMIN(false, false, (counsellor, team) -> "admin-" + UUID.randomUUID());

        final boolean reads;
        final boolean writes;
        final BiFunction<String, String, String> caller;

        Relationship(boolean reads, boolean writes, BiFunction<String, String, String> caller) {
            this.reads = reads;
            this.writes = writes;
            this.caller = caller;
        }
    }

    @ParameterizedTest
    @EnumSource(Relationship.class)
    void readAndWriteOnlyAsTheDirectiveSays(Relationship relationship) {
        String counsellor = ingaCounsellor();
        String enrollment = enrolledCustomer(counsellor);
        as(counsellor, SGB3).body("{\"text\":\"first\"}").put("/enrollments/{id}/protected-note", enrollment)
                .then().statusCode(200);
        String caller = relationship.caller.apply(counsellor, INGA_TEAM);
        String[] roles = {"COUNSELLOR", "TEAM_LEAD", SGB3, ADDITIONAL, "ACCESS_ADMIN"};

        as(caller, roles).get("/enrollments/{id}/protected-note", enrollment)
                .then().statusCode(relationship.reads ? 200 : 403);
        as(caller, roles).body("{\"text\":\"second\"}").put("/enrollments/{id}/protected-note", enrollment)
                .then().statusCode(relationship.writes ? 200 : 403);
        as(counsellor, SGB3).get("/enrollments/{id}/protected-note", enrollment)
                .then().statusCode(200).body("text", equalTo(relationship.writes ? "second" : "first"));

        assertEquals(List.of(NoteAccess.Action.WRITE,
                        relationship.reads ? NoteAccess.Action.READ : NoteAccess.Action.READ_DENIED,
                        relationship.writes ? NoteAccess.Action.WRITE : NoteAccess.Action.WRITE_DENIED,
                        NoteAccess.Action.READ),
                audit(enrollment), "audit of " + relationship);
    }

    private static List<NoteAccess.Action> audit(String enrollment) {
        return QuarkusTransaction.requiringNew().call(() -> NoteAccess.<NoteAccess>list("enrollmentId = ?1 order by id",
                UUID.fromString(enrollment)).stream().map(a -> a.action).toList());
    }
}
