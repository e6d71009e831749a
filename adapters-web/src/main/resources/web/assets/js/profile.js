// The profile page: everything held about the person, their ledger and creations, and
// the forms to correct their name, change the password, export and delete the account.

import { ApiError, clearProblem, del, describeError, get, patch, post, showAlert, showProblem }
    from './api.js';
import { requireSignIn, showBalance, startPage } from './layout.js';
import { attachPasswordToggles, el, fileMeta, formatCredits, timeEl, whileBusy } from './ui.js';

const $ = (selector) => document.querySelector(selector);
const nameForm = document.getElementById('name-form');
const passwordForm = document.getElementById('password-form');
const deleteForm = document.getElementById('delete-account-form');
const CONFIRM_WORD = 'DELETE';

/* Account facts */

function showAccount(me) {
    const facts = {
        email: me.email,
        displayName: me.displayName || '(none)',
        role: me.role === 'ADMIN' ? 'Admin and creator' : 'Creator',
        balance: formatCredits(me.balance),
        id: me.id,
    };
    for (const [name, value] of Object.entries(facts)) {
        $(`[data-fact="${name}"]`).textContent = value ?? '—';
    }
    $('[data-fact="createdAt"]').replaceChildren(timeEl(me.createdAt));
    nameForm.elements.displayName.value = me.displayName || '';
    passwordForm.elements.username.value = me.email || '';
    if (typeof me.balance === 'number') {
        showBalance(me.balance);
    }
}

async function saveName(event) {
    event.preventDefault();
    clearProblem(nameForm);
    await whileBusy(nameForm, async () => {
        try {
            const me = await patch('/api/v1/me',
                { displayName: nameForm.elements.displayName.value.trim() });
            showAccount(me);
            showAlert(nameForm.querySelector('[data-form-alert]'), 'success', 'Name saved.');
        } catch (error) {
            showProblem(nameForm, error);
        }
    });
}

async function changePassword(event) {
    event.preventDefault();
    clearProblem(passwordForm);
    const body = {
        currentPassword: passwordForm.elements.currentPassword.value,
        newPassword: passwordForm.elements.newPassword.value,
    };
    if ([...body.newPassword].length < 15) {
        showProblem(passwordForm, new ApiError(422, { detail: 'Some fields need attention.',
            errors: [{ field: 'newPassword', message: 'Use at least 15 characters.' }] }));
        return;
    }
    await whileBusy(passwordForm, async () => {
        try {
            await post('/api/v1/me/password', body);
            passwordForm.reset();
            showAlert(passwordForm.querySelector('[data-form-alert]'), 'success',
                'Password changed. Your other sessions were signed out.');
        } catch (error) {
            showProblem(passwordForm, error);
        }
    });
}

/* Ledger */

function ledgerRow(entry) {
    const incoming = entry.kind !== 'CHARGE';
    const kindText = { GRANT: 'Grant', CHARGE: 'Charge', REFUND: 'Refund' }[entry.kind];
    return el('tr', {},
        el('td', {}, timeEl(entry.createdAt)),
        el('td', { text: kindText || entry.kind }),
        el('td', { className: `number ${incoming ? 'amount-in' : 'amount-out'}`,
            text: `${incoming ? '+' : '−'}${Number(entry.amount).toLocaleString()}` }),
        el('td', { className: 'number', text: Number(entry.balanceAfter).toLocaleString() }),
        el('td', { text: entry.note || '' }),
        el('td', { className: 'mono', text: entry.jobId || '—' }));
}

async function showLedger() {
    const body = $('[data-ledger]');
    try {
        const ledger = await get('/api/v1/me/ledger');
        $('[data-ledger-balance]').textContent = formatCredits(ledger.balance);
        const rows = (ledger.entries || []).map(ledgerRow);
        body.replaceChildren(...(rows.length ? rows : [wideRow('No entries yet.')]));
    } catch (error) {
        body.replaceChildren(wideRow(`The ledger could not be loaded: ${describeError(error)}`));
    }
}

function wideRow(text) {
    return el('tr', {}, el('td', { colspan: 6, className: 'muted', text }));
}

/* Creations with prompts and files */

function filesOf(creation) {
    const files = [];
    for (const reference of creation.references || []) {
        const kind = reference.kind === 'LOCATION' ? 'Location' : 'Cast';
        files.push({ label: `${kind} photo: ${reference.name}`, file: reference });
    }
    for (const shot of creation.shots || []) {
        if (shot.frame) {
            files.push({ label: `Shot ${shot.number} frame`, file: shot.frame });
        }
        if (shot.clip) {
            files.push({ label: `Shot ${shot.number} clip`, file: shot.clip });
        }
    }
    if (creation.soundtrack) {
        files.push({ label: 'Soundtrack', file: creation.soundtrack });
    }
    if (creation.voiceover) {
        files.push({ label: 'Voiceover', file: creation.voiceover });
    }
    return files;
}

function fileItem({ label, file }) {
    return el('li', {}, el('span', { text: `${label} ` }),
        file.contentType ? el('span', { className: 'muted small', text: `(${file.contentType}) ` })
            : null,
        fileMeta(file));
}

function creationBlock(creation) {
    const files = filesOf(creation);
    return el('article', { className: 'panel' },
        el('h3', {}, el('a', { href: `/creations/${encodeURIComponent(creation.id)}`,
            text: creation.title || 'Untitled' })),
        el('p', { className: 'muted small' }, 'Created ', timeEl(creation.createdAt)),
        el('h4', { text: 'Prompt' }),
        el('pre', { className: 'prompt-text', text: creation.prompt || '' }),
        creation.plan ? el('p', {}, el('strong', { text: 'Plan: ' }),
            `${creation.plan.title || ''} — ${creation.plan.logline || ''}`) : null,
        el('h4', { text: `Files (${files.length})` }),
        files.length ? el('ul', {}, files.map(fileItem))
            : el('p', { className: 'muted', text: 'No files yet.' }));
}

async function showCreations() {
    const box = $('[data-profile-creations]');
    try {
        const list = await get('/api/v1/creations');
        const items = (list && list.items) || [];
        if (!items.length) {
            box.replaceChildren(el('p', { className: 'muted', text: 'No creations yet.' }));
            return;
        }
        const details = await Promise.all(items.map((item) =>
            get(`/api/v1/creations/${encodeURIComponent(item.id)}`).catch(() => item)));
        box.replaceChildren(...details.map(creationBlock));
    } catch (error) {
        box.replaceChildren(el('p', { className: 'alert error',
            text: `Your creations could not be loaded: ${describeError(error)}` }));
    }
}

/* Deleting the account */

function watchConfirmation() {
    const button = deleteForm.querySelector('button[type="submit"]');
    deleteForm.elements.confirmation.addEventListener('input', (event) => {
        button.disabled = event.target.value.trim() !== CONFIRM_WORD;
    });
}

async function deleteAccount(event) {
    event.preventDefault();
    clearProblem(deleteForm);
    if (deleteForm.elements.confirmation.value.trim() !== CONFIRM_WORD) {
        showProblem(deleteForm, new ApiError(422, { detail: 'Type DELETE to confirm.',
            errors: [{ field: 'confirmation', message: `Type ${CONFIRM_WORD} exactly.` }] }));
        return;
    }
    await whileBusy(deleteForm, async () => {
        try {
            await del('/api/v1/me', { password: deleteForm.elements.password.value });
            window.location.assign('/?deleted=1');
        } catch (error) {
            showProblem(deleteForm, error);
        }
    });
    deleteForm.querySelector('button[type="submit"]').disabled =
        deleteForm.elements.confirmation.value.trim() !== CONFIRM_WORD;
}

/* Start */

async function start() {
    attachPasswordToggles();
    nameForm.addEventListener('submit', saveName);
    passwordForm.addEventListener('submit', changePassword);
    deleteForm.addEventListener('submit', deleteAccount);
    watchConfirmation();

    const state = await startPage();
    if (!requireSignIn(state, $('[data-page-root]'))) {
        return;
    }
    try {
        showAccount(await get('/api/v1/me'));
    } catch (error) {
        showAlert($('[data-page-alert]'), 'error',
            `Your account could not be loaded: ${describeError(error)}`);
        showAccount(state.account);
    }
    $('[data-loading]').remove();
    $('[data-profile]').hidden = false;
    showLedger();
    showCreations();
}

start();
