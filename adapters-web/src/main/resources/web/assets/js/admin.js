// The operations page for admins: find an account, correct it, grant credits, delete it,
// read the request logs of a time range and the failed jobs.

import { ApiError, clearProblem, del, describeError, get, patch, post, showAlert, showProblem }
    from './api.js';
import { requireSignIn, startPage } from './layout.js';
import { confirmDialog, el, formatCredits, timeEl, whileBusy } from './ui.js';

const $ = (selector) => document.querySelector(selector);
const searchForm = document.getElementById('search-form');
const correctForm = document.getElementById('correct-form');
const grantForm = document.getElementById('grant-form');
const logsForm = document.getElementById('logs-form');
const DAY_MILLIS = 24 * 60 * 60 * 1000;

let selected = null;

function table(caption, headers, rows, emptyText) {
    if (!rows.length) {
        return el('p', { className: 'empty-state', text: emptyText });
    }
    return el('div', { className: 'table-wrap' },
        el('table', {},
            el('caption', { text: caption }),
            el('thead', {}, el('tr', {}, headers.map((header) =>
                el('th', { scope: 'col', text: header })))),
            el('tbody', {}, rows)));
}

/* Accounts */

function accountRow(account) {
    return el('tr', {},
        el('td', { text: account.email }),
        el('td', { text: account.displayName || '—' }),
        el('td', { text: account.role }),
        el('td', {}, timeEl(account.createdAt)),
        el('td', {}, el('button', { type: 'button', className: 'secondary small',
            'aria-label': `Manage ${account.email}`, text: 'Manage',
            on: { click: () => manage(account) } })));
}

async function search(event) {
    event?.preventDefault();
    clearProblem(searchForm);
    const query = searchForm.elements.query.value.trim();
    await whileBusy(searchForm, async () => {
        try {
            const body = await get(`/api/v1/admin/accounts?query=${encodeURIComponent(query)}`);
            const rows = ((body && body.items) || []).map(accountRow);
            $('[data-accounts]').replaceChildren(table('Matching accounts',
                ['Email', 'Display name', 'Role', 'Created', ''], rows,
                'No account matches.'));
        } catch (error) {
            showProblem(searchForm, error);
        }
    });
}

function manage(account) {
    selected = account;
    [correctForm, grantForm].forEach(clearProblem);
    $('[data-remove-alert]').className = 'alert';
    $('[data-remove-alert]').replaceChildren();
    $('[data-manage-name]').textContent = account.email;
    $('[data-manage-facts]').replaceChildren(
        el('dt', { text: 'Id' }), el('dd', { className: 'mono', text: account.id }),
        el('dt', { text: 'Role' }), el('dd', { text: account.role || '—' }),
        el('dt', { text: 'Created' }), el('dd', {}, timeEl(account.createdAt)));
    correctForm.elements.email.value = account.email || '';
    correctForm.elements.displayName.value = account.displayName || '';
    grantForm.reset();
    $('[data-manage]').hidden = false;
    $('#manage-title').scrollIntoView({ block: 'start' });
    correctForm.elements.email.focus({ preventScroll: true });
}

const accountPath = (suffix = '') =>
    `/api/v1/admin/accounts/${encodeURIComponent(selected.id)}${suffix}`;

async function correct(event) {
    event.preventDefault();
    clearProblem(correctForm);
    const changes = {
        email: correctForm.elements.email.value.trim(),
        displayName: correctForm.elements.displayName.value.trim(),
    };
    await whileBusy(correctForm, async () => {
        try {
            const account = await patch(accountPath(), changes);
            manage({ ...selected, ...account });
            showAlert(correctForm.querySelector('[data-form-alert]'), 'success',
                'Corrections saved.');
            search();
        } catch (error) {
            showProblem(correctForm, error);
        }
    });
}

async function grant(event) {
    event.preventDefault();
    clearProblem(grantForm);
    const amount = Number(grantForm.elements.amount.value);
    const note = grantForm.elements.note.value.trim();
    if (!Number.isInteger(amount) || amount < 1 || !note) {
        showProblem(grantForm, new ApiError(422, { detail: 'Some fields need attention.',
            errors: grantErrors(amount, note) }));
        return;
    }
    await whileBusy(grantForm, async () => {
        try {
            const entry = await post(accountPath('/grants'), { amount, note });
            grantForm.reset();
            showAlert(grantForm.querySelector('[data-form-alert]'), 'success',
                `Granted ${formatCredits(amount)}. New balance: `
                + `${formatCredits(entry && entry.balanceAfter)}.`);
            search();
        } catch (error) {
            showProblem(grantForm, error);
        }
    });
}

function grantErrors(amount, note) {
    const errors = [];
    if (!Number.isInteger(amount) || amount < 1) {
        errors.push({ field: 'amount', message: 'Enter a whole number of credits, 1 or more.' });
    }
    if (!note) {
        errors.push({ field: 'note', message: 'Say why the credits are granted.' });
    }
    return errors;
}

async function removeAccount() {
    const ok = await confirmDialog({ title: `Delete ${selected.email}?`, danger: true,
        message: 'The account, its creations, files and ledger are removed for good.',
        confirmLabel: 'Delete account' });
    if (!ok) {
        return;
    }
    try {
        await del(accountPath());
        $('[data-manage]').hidden = true;
        showAlert($('[data-page-alert]'), 'success', `${selected.email} was deleted.`);
        selected = null;
        search();
    } catch (error) {
        showAlert($('[data-remove-alert]'), 'error', describeError(error));
    }
}

/* Request logs */

function localInputValue(date) {
    const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return shifted.toISOString().slice(0, 16);
}

function logRow(entry) {
    return el('tr', {},
        el('td', {}, timeEl(entry.at)),
        el('td', { className: 'mono', text: entry.ip }),
        el('td', { text: entry.method }),
        el('td', { className: 'mono', text: entry.path }),
        el('td', { className: 'number', text: String(entry.status) }),
        el('td', { className: 'number', text: entry.millis ?? '—' }));
}

async function showLogs(event) {
    event.preventDefault();
    clearProblem(logsForm);
    const from = new Date(logsForm.elements.from.value);
    const to = new Date(logsForm.elements.to.value);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to) {
        showProblem(logsForm, new ApiError(422,
            { detail: 'Choose a start before the end of the range.' }));
        return;
    }
    const query = `from=${encodeURIComponent(from.toISOString())}`
        + `&to=${encodeURIComponent(to.toISOString())}`;
    await whileBusy(logsForm, async () => {
        try {
            const body = await get(`/api/v1/admin/request-logs?${query}`);
            const rows = ((body && body.items) || []).map(logRow);
            $('[data-logs]').replaceChildren(table(`${rows.length} requests`,
                ['Time', 'IP address', 'Method', 'Path', 'Status', 'Millis'], rows,
                'No requests in this range.'));
        } catch (error) {
            showProblem(logsForm, error);
        }
    });
}

/* Failed jobs */

function failedRow(job) {
    const error = typeof job.error === 'string' ? job.error : job.error?.detail;
    return el('tr', {},
        el('td', {}, timeEl(job.finishedAt || job.createdAt)),
        el('td', { text: job.kind }),
        el('td', { className: 'mono', text: job.id }),
        el('td', { className: 'mono', text: job.creationId || '—' }),
        el('td', { className: 'number', text: job.cost ?? '—' }),
        el('td', { text: error || '—' }));
}

async function showFailedJobs() {
    const box = $('[data-failed]');
    try {
        const body = await get('/api/v1/admin/failed-jobs');
        const rows = ((body && body.items) || []).map(failedRow);
        box.replaceChildren(table('Failed jobs, refunded',
            ['Finished', 'Kind', 'Job', 'Creation', 'Credits', 'Error'], rows,
            'No failed jobs. Everything is running smoothly.'));
    } catch (error) {
        box.replaceChildren(el('p', {
            className: error.status === 404 ? 'empty-state' : 'alert error',
            text: error.status === 404
                ? 'This service does not list failed jobs.'
                : `Failed jobs could not be loaded: ${describeError(error)}` }));
    }
}

/* Start */

function wire() {
    searchForm.addEventListener('submit', search);
    correctForm.addEventListener('submit', correct);
    grantForm.addEventListener('submit', grant);
    logsForm.addEventListener('submit', showLogs);
    $('[data-remove-account]').addEventListener('click', removeAccount);
    $('[data-manage-close]').addEventListener('click', () => {
        $('[data-manage]').hidden = true;
    });
    $('[data-failed-refresh]').addEventListener('click', showFailedJobs);
    const now = new Date();
    logsForm.elements.from.value = localInputValue(new Date(now.getTime() - DAY_MILLIS));
    logsForm.elements.to.value = localInputValue(new Date(now.getTime() + 60000));
}

async function start() {
    wire();
    const state = await startPage();
    if (!requireSignIn(state, $('[data-page-root]'))) {
        return;
    }
    if (state.account.role !== 'ADMIN') {
        $('[data-page-root]').replaceChildren(el('p', { className: 'alert info',
            text: 'This page is for operators with the admin role.' }));
        return;
    }
    search();
    showFailedJobs();
}

start();
