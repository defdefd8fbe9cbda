package de.agency.integration.inga.letter;

import java.util.Arrays;
import java.util.Optional;

/** What a signed original may be: a PDF or a scan as PNG or JPEG, each told by its media type and its first bytes. */
public enum SignedOriginalFormat {
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
    JPEG("image/jpeg", new int[] {0xff, 0xd8, 0xff});

    public final String mediaType;
    private final int[] signature;

    SignedOriginalFormat(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public static Optional<SignedOriginalFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** The format the content's first bytes (its magic number) show, if one of ours. */
    public static Optional<SignedOriginalFormat> ofContent(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
