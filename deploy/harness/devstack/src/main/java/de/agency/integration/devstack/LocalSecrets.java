package de.agency.integration.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets the local stack makes for itself, kept in its work directory (never in the repository). */
final class LocalSecrets {

    private LocalSecrets() {
    }

    /** The AES-256 key of inga-service's protected notes, made at the first start and kept for later ones. */
    static String protectedNoteKey(Path workDirectory) {
        Path file = workDirectory.resolve("inga-protected-note.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(workDirectory);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make or read " + file, e);
        }
    }
}
