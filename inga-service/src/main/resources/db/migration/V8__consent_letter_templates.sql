-- The directive's letter templates (BK-Vorlagen) for the two consents, versioned: a new version is added, none is
-- changed, and a consent names the version it was signed on.
create table consent_letter_template (
    consent_type  varchar(32)  not null check (consent_type in ('THIRD_PARTY_CASE_CONFERENCE', 'VIDEO_AUDIO_RECORDING')),
    version       integer      not null check (version > 0),
    title         varchar(200) not null,
    purpose       text         not null,
    scope_fields  varchar(500) not null,
    voluntariness text         not null,
    revocation    text         not null,
    controller    text         not null,
    valid_from    date         not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    primary key (consent_type, version)
);

insert into consent_letter_template (consent_type, version, title, purpose, scope_fields, voluntariness, revocation,
                                     controller, valid_from, created_by, created_at)
values ('THIRD_PARTY_CASE_CONFERENCE', 1,
        'Einwilligung in eine Fallkonferenz mit Dritten',
        'Im Rahmen der intensiven Betreuung (Inga) soll Ihre Situation in einer Fallkonferenz mit den unten genannten '
            || 'Stellen besprochen werden, damit alle Beteiligten ihre Unterstützung aufeinander abstimmen können. Dazu '
            || 'werden die für die Besprechung erforderlichen Sozialdaten an diese Stellen übermittelt und von ihnen '
            || 'erhoben (Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a DSGVO, § 67b SGB X).',
        'Beteiligte Dritte (Stelle, Funktion)|Anlass und Themen der Fallkonferenz',
        'Ihre Einwilligung ist freiwillig. Wenn Sie sie nicht erteilen, entstehen Ihnen keine Nachteile; die Beratung '
            || 'wird ohne Fallkonferenz fortgesetzt.',
        'Sie können Ihre Einwilligung jederzeit ohne Angabe von Gründen mit Wirkung für die Zukunft widerrufen, '
            || 'schriftlich oder mündlich bei Ihrer Beraterin oder Ihrem Berater. Danach findet keine Fallkonferenz mehr '
            || 'statt; die bis zum Widerruf erfolgte Verarbeitung bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).',
        'Verantwortlich ist die Agentur für Arbeit, die Sie betreut. Die Kontaktdaten der Agentur und ihrer bzw. ihres '
            || 'Datenschutzbeauftragten finden Sie unter www.arbeitsagentur.de/datenschutz.',
        date '2026-01-01', 'flyway', timestamptz '2026-01-01 00:00:00+00'),
       ('VIDEO_AUDIO_RECORDING', 1,
        'Einwilligung in Video- oder Tonaufnahmen',
        'Im Rahmen der intensiven Betreuung (Inga) sollen Video- oder Tonaufnahmen von Ihnen gemacht werden, zum '
            || 'Beispiel in einem Bewerbungstraining, um Ihr Auftreten gemeinsam mit Ihnen auszuwerten. Die Aufnahmen '
            || 'werden nur zu dem unten genannten Zweck verwendet und nicht weitergegeben (Art. 6 Abs. 1 Buchst. a DSGVO).',
        'Zweck der Aufnahme|Aufbewahrung und Löschung der Aufnahme',
        'Ihre Einwilligung ist freiwillig. Wenn Sie sie nicht erteilen, entstehen Ihnen keine Nachteile; das Training '
            || 'findet ohne Aufnahme statt.',
        'Sie können Ihre Einwilligung jederzeit ohne Angabe von Gründen mit Wirkung für die Zukunft widerrufen, '
            || 'schriftlich oder mündlich bei Ihrer Beraterin oder Ihrem Berater. Danach werden keine Aufnahmen mehr '
            || 'gemacht und vorhandene Aufnahmen unverzüglich gelöscht; die bis zum Widerruf erfolgte Verarbeitung '
            || 'bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).',
        'Verantwortlich ist die Agentur für Arbeit, die Sie betreut. Die Kontaktdaten der Agentur und ihrer bzw. ihres '
            || 'Datenschutzbeauftragten finden Sie unter www.arbeitsagentur.de/datenschutz.',
        date '2026-01-01', 'flyway', timestamptz '2026-01-01 00:00:00+00');

-- The version of the letter the customer signed; consents recorded before the templates name none.
alter table consent add column template_version integer;
alter table consent add constraint consent_template_fk foreign key (type, template_version)
    references consent_letter_template (consent_type, version);
