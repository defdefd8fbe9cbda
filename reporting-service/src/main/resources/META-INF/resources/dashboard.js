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
        key: 'Schlüssel', flagged: 'Über der äußeren Kontrollgrenze: ', noneFlagged: 'Keine Agentur fällt auf.',
        misSteering: 'Fehlsteuerungs-Monitor: COUNSELLING_NOT_PURPOSEFUL je Agentur (Trichterdiagramm)',
        funnelCaption: 'Anteil an den Beendigungen über ihrer Zahl; Linien: Gesamtanteil, Kontrollgrenzen 95 % und 99,8 %',
        refusedCaption: 'Abgewiesene vorzeitige Beendigungsversuche je Agentur', agencies: 'Agenturen',
        overall: 'Gesamtanteil', inner: 'Grenze 95 %', outer: 'Grenze 99,8 %', refused: 'abgewiesen',
        outliers: 'Außerhalb der äußeren Kontrollgrenze: ', noOutliers: 'Keine Agentur liegt außerhalb der äußeren Kontrollgrenze.',
        over: (n, threshold) => n + ' Erstgespräche nach mehr als ' + threshold + ' Arbeitstagen.',
        updated: 'Aktualisiert ', failed: 'Berichte konnten nicht geladen werden: ', documentTitle: 'Integrationsarbeit: Dashboard',
        worklist: 'Arbeitsliste: fällige Termine', dueOn: 'Fällig am', kind: 'Art', daysLeft: 'Tage bis dahin',
        state: 'Stand', case: 'Fall', owner: 'Bearbeitung', team: 'Team',
        kinds: {IMPLEMENTATION_STEP: 'Umsetzungsschritt', FOLLOW_UP: 'Folgegespräch', FIRST_MEETING: 'Erstgespräch',
            ENROLLMENT_END: 'Ende der 24 Monate'},
        days: {CALENDAR_DAYS: 'Kalendertage', WORKING_DAYS: 'Arbeitstage'},
        overdue: 'überfällig', endingSoon: 'endet bald', nothingDue: 'Nichts fällig.',
        shown: (n, total) => n + ' von ' + total + ' offenen Terminen, die frühesten zuerst.'
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
        key: 'key', flagged: 'Above the outer control limit: ', noneFlagged: 'No agency stands out.',
        misSteering: 'Mis-steering monitor: COUNSELLING_NOT_PURPOSEFUL per agency (funnel plot)',
        funnelCaption: 'Share of exits against their number; lines: overall share, control limits 95 % and 99.8 %',
        refusedCaption: 'Refused early exit attempts per agency', agencies: 'agencies',
        overall: 'overall share', inner: 'limit 95 %', outer: 'limit 99.8 %', refused: 'refused',
        outliers: 'Outside the outer control limit: ', noOutliers: 'No agency lies outside the outer control limit.',
        over: (n, threshold) => n + ' first meetings after more than ' + threshold + ' working days.',
        updated: 'Updated ', failed: 'Reports could not be loaded: ', documentTitle: 'Integration work: dashboard',
        worklist: 'Worklist: due dates', dueOn: 'Due on', kind: 'Kind', daysLeft: 'Days left', state: 'State',
        case: 'Case', owner: 'Worked by', team: 'Team',
        kinds: {IMPLEMENTATION_STEP: 'Implementation step', FOLLOW_UP: 'Follow-up talk', FIRST_MEETING: 'First meeting',
            ENROLLMENT_END: 'End of the 24 months'},
        days: {CALENDAR_DAYS: 'calendar days', WORKING_DAYS: 'working days'},
        overdue: 'overdue', endingSoon: 'ending soon', nothingDue: 'Nothing due.',
        shown: (n, total) => n + ' of ' + total + ' open due dates, the earliest first.'
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

/** The caller's worklist (a lead's: the team's), or null where the caller keeps none (a reporting viewer). */
async function worklist() {
    const response = await fetch('worklist?size=20', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (response.status === 403) {
        return null;
    }
    if (!response.ok) {
        throw new Error('worklist: HTTP ' + response.status);
    }
    return response.json();
}

function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
        td.className = className;
    }
    return td;
}

function drawWorklist(page) {
    const section = document.getElementById('worklist-section');
    section.hidden = page === null;
    if (page === null) {
        return;
    }
    const day = text => {
        const [year, month, dayOfMonth] = text.split('-').map(Number);
        return new Date(year, month - 1, dayOfMonth).toLocaleDateString(LANG);
    };
    const rows = page.items.map(item => {
        const tr = document.createElement('tr');
        const fired = item.timerFiredAt !== null;
        tr.className = fired ? 'flag' : '';
        tr.append(cell(day(item.dueOn)), cell(T.kinds[item.kind]),
            cell(item.daysLeft.toLocaleString(LANG) + ' ' + T.days[item.dayCount], 'number'),
            cell(fired ? (item.kind === 'ENROLLMENT_END' ? T.endingSoon : T.overdue) : ''),
            cell(item.caseId.substring(0, 8), 'id'), cell(item.owner || ''), cell(item.team));
        return tr;
    });
    document.querySelector('#worklist tbody').replaceChildren(...rows);
    document.getElementById('worklist-total').textContent = page.total === 0 ? T.nothingDue
        : T.shown(page.items.length, page.total);
}

function bar(id, labels, data, label, options = {}) {
    return new Chart(document.getElementById(id), {
        type: options.type || 'bar',
        data: {labels, datasets: [{label, data, backgroundColor: labels.map((_, i) => COLOURS[i % COLOURS.length])}]},
        options: {animation: false, locale: LANG, plugins: {legend: {display: options.type === 'doughnut'}},
            scales: options.type === 'doughnut' ? {}
                : {y: {beginAtZero: true, max: options.max, ticks: options.counts ? {precision: 0} : {}}}}
    });
}

const OUTSIDE = ['ABOVE_OUTER_LIMIT', 'BELOW_OUTER_LIMIT'];

/** Writes the agency's code beside each point outside the outer limits. */
const nameOutliers = {
    id: 'nameOutliers',
    afterDatasetsDraw(chart) {
        const context = chart.ctx;
        chart.getDatasetMeta(0).data.forEach((point, i) => {
            const row = chart.data.datasets[0].rows[i];
            if (OUTSIDE.includes(row.flag)) {
                context.save();
                context.fillStyle = '#b00020';
                context.font = '600 12px system-ui, sans-serif';
                context.fillText(row.key, point.x + 7, point.y - 7);
                context.restore();
            }
        });
    }
};

/** The funnel plot: one point per agency, the overall share and the two pairs of control limits as curves. */
function funnel(id, rows, limits) {
    const curve = (key, label, colour, dash) => ({type: 'line', label, data: limits.map(l => ({x: l.exits, y: Number(l[key])})),
        borderColor: colour, borderDash: dash, borderWidth: 1.5, pointRadius: 0, fill: false});
    return new Chart(document.getElementById(id), {
        type: 'scatter',
        data: {datasets: [
            {label: T.agencies, rows, data: rows.map(r => ({x: r.exits, y: Number(r.sharePercent)})),
                pointRadius: 5, backgroundColor: rows.map(r => OUTSIDE.includes(r.flag) ? '#cf222e'
                    : r.flag === 'ABOVE_INNER_LIMIT' || r.flag === 'BELOW_INNER_LIMIT' ? '#bf8700' : '#1f6feb')},
            curve('overallSharePercent', T.overall, '#57606a', []),
            curve('innerUpperPercent', T.inner, '#bf8700', [6, 4]),
            curve('innerLowerPercent', T.inner, '#bf8700', [6, 4]),
            curve('outerUpperPercent', T.outer, '#cf222e', [2, 3]),
            curve('outerLowerPercent', T.outer, '#cf222e', [2, 3])]},
        options: {animation: false, locale: LANG,
            plugins: {legend: {labels: {filter: (item, data) => data.datasets.findIndex(d => d.label === item.text)
                        === item.datasetIndex}},
                tooltip: {callbacks: {label: c => c.datasetIndex === 0 ? c.dataset.rows[c.dataIndex].key + ': '
                        + c.parsed.y + ' % / ' + c.parsed.x : c.dataset.label + ': ' + c.parsed.y + ' %'}}},
            scales: {x: {type: 'linear', beginAtZero: true, title: {display: true, text: T.exitsLabel}},
                y: {beginAtZero: true, max: 100, title: {display: true, text: T.shareOfExits}}}},
        plugins: [nameOutliers]
    });
}

/** Refused early attempts summed per agency over the months of the monitoring report. */
function refusedPerAgency(monitoring) {
    const sums = new Map();
    monitoring.forEach(r => sums.set(r.agency, (sums.get(r.agency) || 0) + r.refusedEarly));
    return sums;
}

async function draw() {
    translatePage();
    const [caseload, exits, monitoring, contacts, sgb2, meetings, counsellors, misSteering, limits] = await Promise.all([
        report('caseload'), report('exits-by-reason'), report('not-purposeful-monitoring'),
        report('contact-frequency?groupBy=TEAM'), report('sgb2-compliance'), report('first-meeting-timeliness'),
        report('caseload-per-counsellor'), report('mis-steering'), report('mis-steering-limits')]);
    bar('caseload', caseload.map(r => r.agency + ' ' + r.team), caseload.map(r => r.openEnrollments), T.openEnrollments,
        {counts: true});
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
        T.openEnrollments + ' (' + T.key + ' ' + (counsellors.length ? counsellors[0].caseloadKey : 65) + ')',
        {counts: true});
    const flagged = [...new Set(monitoring.filter(r => r.agencyFlagged).map(r => r.agency))];
    const flag = document.getElementById('flagged');
    flag.textContent = flagged.length ? T.flagged + flagged.join(', ') : T.noneFlagged;
    flag.classList.toggle('flag', flagged.length > 0);
    funnel('mis-steering', misSteering, limits);
    const refused = refusedPerAgency(monitoring);
    bar('refused-early', [...refused.keys()], [...refused.values()], T.refused, {counts: true});
    const outliers = misSteering.filter(r => OUTSIDE.includes(r.flag)).map(r => r.key);
    const named = document.getElementById('mis-steering-outliers');
    named.textContent = outliers.length ? T.outliers + outliers.join(', ') : T.noOutliers;
    named.classList.toggle('flag', outliers.length > 0);
    drawWorklist(await worklist());
    document.getElementById('status').textContent = T.updated + new Date().toLocaleString(LANG);
    document.body.dataset.ready = 'true';
}

draw().catch(error => {
    document.getElementById('status').textContent = T.failed + error.message;
    document.body.dataset.ready = 'error';
});
