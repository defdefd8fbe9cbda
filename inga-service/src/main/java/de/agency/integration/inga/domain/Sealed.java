package de.agency.integration.inga.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Data encrypted under a key of the protected note's key ring (AES-256-GCM): the key's id, the nonce and the
 * ciphertext with its tag, as the protected note and the signed originals of consents keep it. Never the plain data.
 */
@Embeddable
public record Sealed(@Column(name = "key_id", nullable = false) String keyId,
                     @Column(nullable = false) byte[] nonce,
                     @Column(nullable = false) byte[] ciphertext) {
}
