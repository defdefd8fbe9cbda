package de.agency.integration.errors;

/** The request's {@code If-Match} names a version the resource no longer has: answered with 412 and the current ETag. */
public class PreconditionFailedException extends RuntimeException {

    private final String currentTag;

    public PreconditionFailedException(String message, String currentTag) {
        super(message);
        this.currentTag = currentTag;
    }

    public String currentTag() {
        return currentTag;
    }
}
