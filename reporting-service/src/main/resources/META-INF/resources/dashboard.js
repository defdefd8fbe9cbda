// Draws the dashboard from the JSON reports; the browser's session (OIDC code flow) authorises the requests.
'use strict';

const COLOURS = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#953800', '#57606a'];

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
        options: {animation: false, plugins: {legend: {display: options.type === 'doughnut'}},
            scales: options.type === 'doughnut' ? {} : {y: {beginAtZero: true, max: options.max}}}
    });
}

async function draw() {
    const [caseload, exits, monitoring, contacts, sgb2] = await Promise.all([
        report('caseload'), report('exits-by-reason'), report('not-purposeful-monitoring'),
        report('contact-frequency?groupBy=TEAM'), report('sgb2-compliance')]);
    bar('caseload', caseload.map(r => r.agency + ' ' + r.team), caseload.map(r => r.openEnrollments), 'open enrollments');
    bar('exits', exits.map(r => r.reason), exits.map(r => r.exits), 'exits', {type: 'doughnut'});
    bar('not-purposeful', monitoring.map(r => r.agency + ' ' + r.month), monitoring.map(r => Number(r.sharePercent)),
        '% of exits', {max: 100});
    bar('contacts', contacts.map(r => r.key), contacts.map(r => Number(r.contactsPerMonth)), 'contacts per month');
    bar('sgb2', sgb2.map(r => r.agency), sgb2.map(r => Number(r.compliancePercent)), '% with assessment note', {max: 100});
    const flagged = [...new Set(monitoring.filter(r => r.agencyFlagged).map(r => r.agency))];
    const flag = document.getElementById('flagged');
    flag.textContent = flagged.length ? 'Far above the other agencies: ' + flagged.join(', ') : 'No agency stands out.';
    flag.classList.toggle('flag', flagged.length > 0);
    document.getElementById('status').textContent = 'Updated ' + new Date().toLocaleString();
    document.body.dataset.ready = 'true';
}

draw().catch(error => {
    document.getElementById('status').textContent = 'Reports could not be loaded: ' + error.message;
    document.body.dataset.ready = 'error';
});
