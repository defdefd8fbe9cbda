package de.agency.integration.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that honours an {@value #HEADER} header: a retry with the same key
 * and the same request gets the first success again, without a second effect or event; the same key with another
 * request is refused (422). Without the header the method runs as always.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** For the operation's OpenAPI header parameter. */
    String DESCRIPTION = "A key of the caller's choice (e.g. a UUID) that makes a retry safe: the same key and "
            + "request within 24 hours answer the first response again (header Idempotent-Replayed) without a "
            + "second effect; the same key with another request is a 422 (rule IDEMPOTENCY_KEY_REUSED), and once "
            + "the resource the first response named was erased a 410 (rule IDEMPOTENT_ANSWER_ERASED).";
}
