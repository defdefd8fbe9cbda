package de.agency.integration.inga.note;

import io.smallrye.config.ConfigMapping;

/**
 * The key of the protected notes. Production takes it from the environment ({@code INGA_PROTECTED_NOTE_KEY}); only
 * the dev and test profiles carry a key in the repository.
 */
@ConfigMapping(prefix = "inga.protected-note")
public interface NoteCipherConfig {

    /** AES-256 key, Base64 of 32 bytes. */
    String key();

    /** Stored with each note, so that a new key can be introduced while old notes still decrypt. */
    String keyId();
}
