package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Beratungsvermerk: typed, authored, timestamped text; history, never edited (the database refuses it too). */
@Entity
@Immutable
@Table(name = "counselling_note")
public class CounsellingNote extends PanacheEntityBase {

    public static final String PROFILING_ASSESSMENT = "PROFILING_ASSESSMENT";

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "note_type", nullable = false)
    public String type;

    @Column(nullable = false)
    public String author;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false)
    public String text;

    public static List<CounsellingNote> of(UUID caseId) {
        return list("caseId = ?1 order by recordedAt, id", caseId);
    }

    public static boolean exists(UUID caseId, String type) {
        return count("caseId = ?1 and type = ?2", caseId, type) > 0;
    }
}
