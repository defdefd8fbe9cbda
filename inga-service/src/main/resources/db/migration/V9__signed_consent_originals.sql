-- The signed original of a consent (the scan or PDF of the letter the customer signed): AES-GCM ciphertext under the
-- protected note's key ring, never the plain bytes. Kept when the consent is revoked, erased with the case.
create table signed_original (
    consent_id    uuid        primary key references consent (id),
    enrollment_id uuid        not null references enrollment (id),
    media_type    varchar(32) not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    integer     not null check (size_bytes > 0),
    key_id        varchar(64) not null,
    nonce         bytea       not null,
    ciphertext    bytea       not null,
    uploaded_by   varchar(64) not null,
    uploaded_at   timestamptz not null
);
create index signed_original_enrollment_idx on signed_original (enrollment_id);
create index signed_original_key_idx on signed_original (key_id);
