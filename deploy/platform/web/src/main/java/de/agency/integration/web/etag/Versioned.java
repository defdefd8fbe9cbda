package de.agency.integration.web.etag;

/**
 * A response body that shows one version of a resource: {@link EntityTags} answers it with that version as its
 * {@code ETag}, which a later change may name in {@code If-Match}.
 */
public interface Versioned {

    /** The resource's version (the entity's optimistic-locking version). */
    long version();
}
