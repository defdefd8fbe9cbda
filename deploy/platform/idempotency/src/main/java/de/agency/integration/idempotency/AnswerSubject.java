package de.agency.integration.idempotency;

/**
 * The answer of an {@link Idempotent} operation that names a resource about a customer (a case, an enrollment): its
 * stored copy is withdrawn when that resource is erased ({@link IdempotencyErasure}), and a retry with its key is then
 * answered 410 instead of the erased data.
 */
public interface AnswerSubject {

    /** The id of the resource whose erasure withdraws the stored answer. */
    String subjectId();
}
