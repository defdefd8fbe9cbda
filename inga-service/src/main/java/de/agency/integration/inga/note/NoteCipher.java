package de.agency.integration.inga.note;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the protected note: a fresh 96-bit nonce per write, the enrollment id as associated data, so a
 * ciphertext cannot be moved to another enrollment unnoticed.
 */
@ApplicationScoped
public class NoteCipher {

    /** A note encrypted under a key. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    NoteCipher(NoteCipherConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.key());
        if (raw.length != 32) {
            throw new IllegalStateException("inga.protected-note.key must be 32 bytes (Base64), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = config.keyId();
    }

    public Sealed seal(UUID enrollmentId, String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(keyId, nonce, run(Cipher.ENCRYPT_MODE, enrollmentId, nonce,
                text.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(UUID enrollmentId, Sealed sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("Protected note of enrollment " + enrollmentId + " is under key "
                    + sealed.keyId() + ", configured is " + keyId);
        }
        return new String(run(Cipher.DECRYPT_MODE, enrollmentId, sealed.nonce(), sealed.ciphertext()),
                StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, UUID enrollmentId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(16).putLong(enrollmentId.getMostSignificantBits())
                    .putLong(enrollmentId.getLeastSignificantBits()).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // never the text in the message
            throw new IllegalStateException("Protected note of enrollment " + enrollmentId + " cannot be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted") + ": " + e.getClass().getSimpleName());
        }
    }
}
