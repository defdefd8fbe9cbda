package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The first meeting (Erstgespräch) of an enrollment, with the working days since the acceptance. Recorded once; a
 * correction is a new record that supersedes the previous one, which stays as history.
 */
@Entity
@Table(name = "first_meeting")
public class FirstMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** Working days from the acceptance (the enrollment's day) to the meeting, without weekends and holidays. */
    @Column(name = "working_days", nullable = false)
    public int workingDays;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "correction_note")
    public String correctionNote;

    public static Optional<FirstMeeting> currentOf(UUID enrollmentId) {
        return find("enrollmentId = ?1 and supersededBy is null", enrollmentId).firstResultOptional();
    }

    /** The current record first, then the one it corrected, and so on back to the first. */
    public static List<FirstMeeting> historyOf(UUID enrollmentId) {
        Map<UUID, FirstMeeting> bySuccessor = new HashMap<>();
        FirstMeeting current = null;
        for (FirstMeeting meeting : FirstMeeting.<FirstMeeting>list("enrollmentId", enrollmentId)) {
            if (meeting.supersededBy == null) {
                current = meeting;
            } else {
                bySuccessor.put(meeting.supersededBy, meeting);
            }
        }
        List<FirstMeeting> history = new ArrayList<>();
        for (FirstMeeting meeting = current; meeting != null; meeting = bySuccessor.get(meeting.id)) {
            history.add(meeting);
        }
        return history;
    }
}
