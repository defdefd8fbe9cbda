package de.agency.integration.inga.note;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.inga.domain.ProtectedNote;
import de.agency.integration.inga.domain.Sealed;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rotating the protected note's key (DESIGN.md 1.6): a note written under k1 stays readable once k2 is the active
 * key of the ring (the test profile's ring is k1, k2 with k2 active), the job re-encrypts it under k2, and once k1
 * has left the ring the note still opens - under k1 alone it no longer does.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class NoteKeyRotationTest {

    static final String K1 = "k1:dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdCE=";
    static final String K2 = "k2:c2Vjb25kLXRlc3Qta2V5LXNlY29uZC10ZXN0LWtleSE=";
    static final String TEAM = "X90-921-INGA";

    @Inject
    ProtectedNoteService notes;

    @Test
    void aNoteUnderTheOldKeyIsReadRotatedAndStillReadAfterTheOldKeyIsGone() {
        String counsellor = Replicas.user("rot");
        Replicas.grant(counsellor, SGB3, TEAM);
        UUID enrollment = EnrollmentFixtures.enrollment(counsellor, TEAM).enrollmentId();
        String text = "Debt counselling since March " + UUID.randomUUID();
        NoteCipher beforeRotation = ring("k1", K1);
        store(enrollment, beforeRotation.seal(enrollment, text));

        as(counsellor, SGB3).get("/enrollments/{id}/protected-note", enrollment).then().statusCode(200)
                .body("text", equalTo(text));

        while (notes.reencryptUnderActiveKey(10) > 0) {
            // until no note is under an older key
        }
        ProtectedNote rotated = stored(enrollment);
        assertEquals("k2", rotated.sealed.keyId());
        assertEquals(counsellor, rotated.writtenBy, "the writer of the note stays");
        Sealed sealed = rotated.sealed;
        assertEquals(text, ring("k2", K2).open(enrollment, sealed), "readable with k1 removed from the ring");
        assertThrows(IllegalStateException.class, () -> beforeRotation.open(enrollment, sealed));
        as(counsellor, SGB3).get("/enrollments/{id}/protected-note", enrollment).then().statusCode(200)
                .body("text", equalTo(text));

        List<NoteAccess> audit = QuarkusTransaction.requiringNew().call(() -> NoteAccess.<NoteAccess>list(
                "enrollmentId = ?1 order by id", enrollment));
        assertEquals(List.of(NoteAccess.Action.READ, NoteAccess.Action.REENCRYPTED, NoteAccess.Action.READ),
                audit.stream().map(entry -> entry.action).toList());
        assertEquals(ProtectedNoteService.KEY_ROTATION, audit.get(1).userId);
        assertEquals(0, notes.reencryptUnderActiveKey(10), "a second run has nothing to do");
    }

    @Test
    void aRingWhoseActiveKeyIsMissingOrWhoseKeyIsNot32BytesIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> ring("k3", K1, K2));
        assertThrows(IllegalStateException.class, () -> ring("k1", "k1:c2hvcnQ="));
        assertThrows(IllegalStateException.class, () -> ring("k1", K1, K1));
        assertFalse(ring("k2", K1, K2).activeKeyId().isEmpty());
    }

    private static NoteCipher ring(String active, String... keys) {
        return new NoteCipher(new NoteCipherConfig() {
            @Override
            public List<String> keys() {
                return List.of(keys);
            }

            @Override
            public String activeKey() {
                return active;
            }

            @Override
            public String reencryptEvery() {
                return "off";
            }
        });
    }

    private static void store(UUID enrollment, Sealed sealed) {
        QuarkusTransaction.requiringNew().run(() -> {
            ProtectedNote note = ProtectedNote.findById(enrollment);
            note.sealed = sealed;
        });
    }

    private static ProtectedNote stored(UUID enrollment) {
        return QuarkusTransaction.requiringNew().call(() -> ProtectedNote.findById(enrollment));
    }
}
