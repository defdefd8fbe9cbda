package de.agency.integration.inga.note;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/**
 * The key ring of the protected notes. Production takes it from the environment ({@code INGA_PROTECTED_NOTE_KEYS},
 * {@code INGA_PROTECTED_NOTE_ACTIVE_KEY}); only the dev and test profiles carry keys in the repository.
 */
@ConfigMapping(prefix = "inga.protected-note")
public interface NoteCipherConfig {

    /**
     * Every key a note may be under, each {@code <id>:<Base64 of 32 bytes>} (AES-256), e.g. {@code k1:...,k2:...}.
     * A key leaves the ring only once no note is under it any more.
     */
    List<String> keys();

    /** The id of the key new notes are written under and older ones re-encrypted to. */
    String activeKey();

    /**
     * How often the job re-encrypting notes under older keys of the ring runs ({@code off} in tests, which run it
     * themselves); read by the job's {@code @Scheduled} expression.
     */
    String reencryptEvery();
}
