package de.agency.integration.inga.note;

import de.agency.integration.inga.domain.Sealed;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the protected note and the signed originals of consents: a fresh 96-bit nonce per write, the
 * enrollment id as associated data, so a ciphertext cannot be moved to another enrollment unnoticed. Data is written
 * under the active key of the key ring and opened under whichever key of the ring it names, so a key can be rotated
 * without anything becoming unreadable.
 */
@ApplicationScoped
public class NoteCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> ring = new LinkedHashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    NoteCipher(NoteCipherConfig config) {
        for (String entry : config.keys()) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("inga.protected-note.keys: each key is <id>:<Base64 of 32 bytes>");
            }
            String id = entry.substring(0, colon).trim();
            byte[] raw = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            if (raw.length != 32) {
                throw new IllegalStateException("inga.protected-note.keys: key " + id + " must be 32 bytes (Base64), "
                        + "not " + raw.length);
            }
            if (ring.put(id, new SecretKeySpec(raw, "AES")) != null) {
                throw new IllegalStateException("inga.protected-note.keys: key id " + id + " appears twice");
            }
        }
        if (!ring.containsKey(config.activeKey())) {
            throw new IllegalStateException("inga.protected-note.active-key " + config.activeKey()
                    + " is not in the key ring " + ring.keySet());
        }
        this.activeKeyId = config.activeKey();
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Under the active key. */
    public Sealed seal(UUID enrollmentId, String text) {
        return seal(enrollmentId, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Under the active key. */
    public Sealed seal(UUID enrollmentId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(activeKeyId, nonce, run(Cipher.ENCRYPT_MODE, ring.get(activeKeyId), enrollmentId, nonce,
                plain));
    }

    /** Under the key the note names, which must still be in the ring. */
    public String open(UUID enrollmentId, Sealed sealed) {
        return new String(openBytes(enrollmentId, sealed), StandardCharsets.UTF_8);
    }

    /** Under the key the sealed data names, which must still be in the ring. */
    public byte[] openBytes(UUID enrollmentId, Sealed sealed) {
        SecretKey key = ring.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Sealed data of enrollment " + enrollmentId + " is under key "
                    + sealed.keyId() + ", which is not in the key ring " + ring.keySet());
        }
        return run(Cipher.DECRYPT_MODE, key, enrollmentId, sealed.nonce(), sealed.ciphertext());
    }

    private static byte[] run(int mode, SecretKey key, UUID enrollmentId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(16).putLong(enrollmentId.getMostSignificantBits())
                    .putLong(enrollmentId.getLeastSignificantBits()).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // never the plain data in the message
            throw new IllegalStateException("Sealed data of enrollment " + enrollmentId + " cannot be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted") + ": " + e.getClass().getSimpleName());
        }
    }
}
