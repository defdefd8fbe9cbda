package de.agency.integration.inga.note;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/** Where a front-end finds the short guidance on the protected note, to show beside the field. */
@ConfigMapping(prefix = "inga.guidance")
public interface NoteGuidanceConfig {

    /**
     * The directive's short guidance (Kurzarbeitshilfe) on what belongs in the protected note; without it the note's
     * answers carry no link.
     */
    Optional<URI> protectedNote();
}
