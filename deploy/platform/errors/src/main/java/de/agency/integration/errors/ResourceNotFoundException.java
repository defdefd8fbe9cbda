package de.agency.integration.errors;

/**
 * What the request names does not exist (or no longer, once erased); answered with 404. The message is shown to the
 * client: ids only, no personal data.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
