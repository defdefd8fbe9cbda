// Draws the dashboard from the JSON reports; the browser's session (OIDC code flow) authorises the requests.
// German by default (the agency's working language); English when the browser prefers it or ?lang=en asks for it.
'use strict';

const COLOURS = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#953800', '#57606a'];

const TEXTS = {
    de: {
        title: 'Integrationsarbeit', intro: 'Nur aus den Ereignissen der Dienste gebildet.',
        everyFigure: 'jede Zahl auch als JSON und CSV unter', caseload: 'Inga-Fallbestand nach Team',
        exits: 'Beendigungen nach Grund', notPurposeful: 'COUNSELLING_NOT_PURPOSEFUL: Anteil an den Beendigungen',
        contacts: 'Kontakte je Monat nach Team', sgb2: 'SGB-II-Mindeststandard',
        firstMeeting: 'Arbeitstage bis zum Erstgespräch (Median) nach Team',
        counsellorCaseload: 'Fallbestand je Inga-Berater/in und Betreuungsschlüssel',
        openEnrollments: 'laufende Teilnahmen', exitsLabel: 'Beendigungen', shareOfExits: '% der Beendigungen',
        contactsPerMonth: 'Kontakte je Monat', withNote: '% mit Beratungsvermerk', medianDays: 'Arbeitstage (Median)',
        key: 'Schlüssel', flagged: 'Weit über den anderen Agenturen: ', noneFlagged: 'Keine Agentur fällt auf.',
        over: (n, threshold) => n + ' Erstgespräche nach mehr als ' + threshold + ' Arbeitstagen.',
        updated: 'Aktualisiert ', failed: 'Berichte konnten nicht geladen werden: ', documentTitle: 'Integrationsarbeit: Dashboard'
    },
    en: {
        title: 'Integration work', intro: "Built only from the services' events.",
        everyFigure: 'every figure also as JSON and CSV under', caseload: 'Inga caseload by team',
        exits: 'Exits by reason', notPurposeful: 'COUNSELLING_NOT_PURPOSEFUL: share of exits',
        contacts: 'Contacts per month by team', sgb2: 'SGB II minimum standard',
        firstMeeting: 'Working days to the first meeting (median) by team',
        counsellorCaseload: 'Caseload per Inga counsellor against the key',
        openEnrollments: 'open enrollments', exitsLabel: 'exits', shareOfExits: '% of exits',
        contactsPerMonth: 'contacts per month', withNote: '% with assessment note', medianDays: 'working days (median)',
        key: 'key', flagged: 'Far above the other agencies: ', noneFlagged: 'No agency stands out.',
        over: (n, threshold) => n + ' first meetings after more than ' + threshold + ' working days.',
        updated: 'Updated ', failed: 'Reports could not be loaded: ', documentTitle: 'Integration work: dashboard'
    }
};

function language() {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked in TEXTS) {
        return asked;
    }
    const preferred = (navigator.languages || [navigator.language || 'de'])[0].toLowerCase();
    return preferred.startsWith('en') ? 'en' : 'de';
}

const LANG = language();
const T = TEXTS[LANG];

function translatePage() {
    document.documentElement.lang = LANG;
    document.title = T.documentTitle;
    document.querySelectorAll('[data-text]').forEach(element => element.textContent = T[element.dataset.text]);
}

async function report(path) {
    const response = await fetch('reports/' + path, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (!response.ok) {
        throw new Error(path + ': HTTP ' + response.status);
    }
    return response.json();
}

function bar(id, labels, data, label, options = {}) {
    return new Chart(document.getElementById(id), {
        type: options.type || 'bar',
        data: {labels, datasets: [{label, data, backgroundColor: labels.map((_, i) => COLOURS[i % COLOURS.length])}]},
        options: {animation: false, locale: LANG, plugins: {legend: {display: options.type === 'doughnut'}},
            scales: options.type === 'doughnut' ? {} : {y: {beginAtZero: true, max: options.max}}}
    });
}

async function draw() {
    translatePage();
    const [caseload, exits, monitoring, contacts, sgb2, meetings, counsellors] = await Promise.all([
        report('caseload'), report('exits-by-reason'), report('not-purposeful-monitoring'),
        report('contact-frequency?groupBy=TEAM'), report('sgb2-compliance'), report('first-meeting-timeliness'),
        report('caseload-per-counsellor')]);
    bar('caseload', caseload.map(r => r.agency + ' ' + r.team), caseload.map(r => r.openEnrollments), T.openEnrollments);
    bar('exits', exits.map(r => r.reason), exits.map(r => r.exits), T.exitsLabel, {type: 'doughnut'});
    bar('not-purposeful', monitoring.map(r => r.agency + ' ' + r.month), monitoring.map(r => Number(r.sharePercent)),
        T.shareOfExits, {max: 100});
    bar('contacts', contacts.map(r => r.key), contacts.map(r => Number(r.contactsPerMonth)), T.contactsPerMonth);
    bar('sgb2', sgb2.map(r => r.agency), sgb2.map(r => Number(r.compliancePercent)), T.withNote, {max: 100});
    bar('first-meeting', meetings.map(r => r.agency + ' ' + r.team), meetings.map(r => Number(r.medianWorkingDays)),
        T.medianDays);
    const threshold = meetings.length ? meetings[0].thresholdWorkingDays : 14;
    document.getElementById('first-meeting-over').textContent =
        T.over(meetings.reduce((sum, r) => sum + r.overThreshold, 0), threshold);
    bar('counsellor-caseload', counsellors.map(r => r.ingaCounsellor), counsellors.map(r => r.openEnrollments),
        T.openEnrollments + ' (' + T.key + ' ' + (counsellors.length ? counsellors[0].caseloadKey : 65) + ')');
    const flagged = [...new Set(monitoring.filter(r => r.agencyFlagged).map(r => r.agency))];
    const flag = document.getElementById('flagged');
    flag.textContent = flagged.length ? T.flagged + flagged.join(', ') : T.noneFlagged;
    flag.classList.toggle('flag', flagged.length > 0);
    document.getElementById('status').textContent = T.updated + new Date().toLocaleString(LANG);
    document.body.dataset.ready = 'true';
}

draw().catch(error => {
    document.getElementById('status').textContent = T.failed + error.message;
    document.body.dataset.ready = 'error';
});
