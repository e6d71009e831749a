// The creation page: edit the idea, add cast and location photos, run each paid step after
// a confirmation that shows its cost, follow the jobs live, and play or download results.

import {
    ApiError, clearProblem, del, describeError, get, newIdempotencyKey, patch, post,
    showAlert, showProblem, upload,
} from './api.js';
import { currentBalance, refreshBalance, requireSignIn, startPage } from './layout.js';
import { costOf, loadPrices, STEP_NAMES } from './prices.js';
import {
    attachCounter, confirmDialog, el, fileMeta, formatCredits, localBadge, timeEl, whileBusy,
} from './ui.js';

const ACCEPTED_PHOTOS = ['image/jpeg', 'image/png', 'image/webp'];
const POLL_MILLIS = 3000;

const page = {
    id: creationIdFromPath(),
    creation: null,
    prices: null,
    pricesError: null,
    jobs: new Map(),
    jobLabels: new Map(),
    jobItems: new Map(),
    ideaEdited: false,
    streamOpen: false,
    reloadTimer: null,
};

const $ = (selector) => document.querySelector(selector);
const editForm = document.getElementById('edit-creation-form');
const referenceForm = document.getElementById('reference-form');

function creationIdFromPath() {
    const parts = window.location.pathname.split('/').filter(Boolean);
    const last = parts.length > 1 ? decodeURIComponent(parts[parts.length - 1]) : '';
    if (last && !last.endsWith('.html')) {
        return last;
    }
    return new URLSearchParams(window.location.search).get('id');
}

const api = (suffix = '') => `/api/v1/creations/${encodeURIComponent(page.id)}${suffix}`;

/* Loading and showing the creation */

async function load() {
    try {
        page.creation = await get(api());
        render();
    } catch (error) {
        showLoadFailure(error);
    }
}

function showLoadFailure(error) {
    if (page.creation) {
        showAlert($('[data-page-alert]'), 'error',
            `The creation could not be refreshed: ${describeError(error)}`);
        return;
    }
    const message = error.status === 404
        ? 'This creation was not found. It may have been deleted.'
        : `The creation could not be loaded: ${describeError(error)}`;
    $('[data-loading]').replaceWith(el('div', { className: 'alert error' },
        el('p', { text: message }), el('p', {}, el('a', { href: '/creations',
            text: 'Back to your creations' }))));
}

function render() {
    const creation = page.creation;
    document.title = `${creation.title} · MyMovie.live`;
    $('[data-creation-title]').textContent = creation.title;
    $('[data-creation-created]').replaceChildren(timeEl(creation.createdAt));
    if (!page.ideaEdited) {
        editForm.elements.title.value = creation.title || '';
        editForm.elements.prompt.value = creation.prompt || '';
        editForm.elements.prompt.dispatchEvent(new Event('input'));
    }
    renderReferences(creation.references || []);
    renderSteps();
    renderPlan(creation.plan);
    renderShots(creation.shots || []);
    renderSound('[data-soundtrack]', 'Soundtrack', creation.soundtrack);
    renderSound('[data-voiceover]', 'Voiceover', creation.voiceover);
    for (const job of creation.jobs || []) {
        onJob(job);
    }
    $('[data-loading]')?.remove();
    $('[data-creation]').hidden = false;
}

/* Story idea */

async function saveIdea(event) {
    event.preventDefault();
    clearProblem(editForm);
    const fields = editForm.elements;
    const changes = { title: fields.title.value.trim(), prompt: fields.prompt.value.trim() };
    await whileBusy(editForm, async () => {
        try {
            page.creation = await patch(api(), changes);
            page.ideaEdited = false;
            render();
            showAlert(editForm.querySelector('[data-form-alert]'), 'success', 'Saved.');
        } catch (error) {
            showProblem(editForm, error);
        }
    });
}

/* Cast and location photos */

function renderReferences(references) {
    const items = references.map((reference) => el('li', { className: 'reference' },
        el('img', { src: reference.mediaUrl, loading: 'lazy',
            alt: `${reference.kind === 'LOCATION' ? 'Location' : 'Cast'}: ${reference.name}` }),
        el('div', { className: 'ref-body' },
            el('strong', { text: reference.name }),
            el('span', { className: 'muted small',
                text: reference.kind === 'LOCATION' ? 'Location' : 'Cast member' }),
            el('a', { href: `${reference.mediaUrl}?download=1`, download: '',
                className: 'small', text: 'Download' }),
            el('button', { type: 'button', className: 'secondary small',
                'aria-label': `Remove ${reference.name}`, text: 'Remove',
                on: { click: () => removeReference(reference) } }))));
    $('[data-references]').replaceChildren(...items);
    $('[data-references-empty]').hidden = items.length > 0;
}

async function removeReference(reference) {
    const ok = await confirmDialog({ title: `Remove ${reference.name}?`, danger: true,
        message: 'The photo is deleted. Frames already drawn with it stay as they are.',
        confirmLabel: 'Remove photo' });
    if (!ok) {
        return;
    }
    try {
        await del(api(`/references/${encodeURIComponent(reference.id)}`));
        await load();
    } catch (error) {
        showAlert(referenceForm.querySelector('[data-form-alert]'), 'error',
            `The photo could not be removed: ${describeError(error)}`);
    }
}

function photoProblem(error) {
    if (![413, 415].includes(error.status) || error.fieldErrors.length) {
        return error;
    }
    const detail = error.status === 413
        ? `The photo is too large. ${error.problem.detail}`
        : `This file type is not accepted. ${error.problem.detail}`;
    return new ApiError(error.status, { detail, errors: [{ field: 'photo', message: detail }] });
}

async function addReference(event) {
    event.preventDefault();
    clearProblem(referenceForm);
    const file = referenceForm.elements.photo.files[0];
    const local = checkPhoto(file, referenceForm.elements.name.value.trim());
    if (local.length) {
        showProblem(referenceForm, new ApiError(422, { detail: 'Some fields need attention.',
            errors: local }));
        return;
    }
    await whileBusy(referenceForm, async () => {
        try {
            await upload(api('/references'), new FormData(referenceForm));
            referenceForm.reset();
            showAlert(referenceForm.querySelector('[data-form-alert]'), 'success', 'Photo added.');
            await load();
        } catch (error) {
            showProblem(referenceForm, photoProblem(error));
        }
    });
}

function checkPhoto(file, name) {
    const errors = [];
    if (!name) {
        errors.push({ field: 'name', message: 'Give the photo a name, as the story calls it.' });
    }
    if (!file) {
        errors.push({ field: 'photo', message: 'Choose a photo.' });
    } else if (!ACCEPTED_PHOTOS.includes(file.type)) {
        errors.push({ field: 'photo', message: 'Use a JPEG, PNG or WebP photo.' });
    }
    return errors;
}

/* Paid steps */

function shotCount() {
    return (page.creation.shots || []).length;
}

function stepLabel(text, cost) {
    return [text, ' ', el('span', { className: 'cost',
        text: cost === undefined ? '' : `· ${formatCredits(cost)}` })];
}

const STEPS = {
    PLAN: { text: 'Plan the story', redo: 'Plan again', done: (c) => Boolean(c.plan) },
    STORYBOARD: { text: 'Draw the storyboard', redo: 'Redraw the storyboard',
        done: (c) => (c.shots || []).some((shot) => shot.frame) },
    SOUNDTRACK: { text: 'Compose the soundtrack', redo: 'Compose again',
        done: (c) => Boolean(c.soundtrack) },
    VOICEOVER: { text: 'Record the voiceover', redo: 'Record again',
        done: (c) => Boolean(c.voiceover) },
};

function renderSteps() {
    const planned = shotCount() > 0;
    document.querySelectorAll('[data-step]').forEach((button) => {
        const kind = button.dataset.step;
        const step = STEPS[kind];
        const count = kind === 'STORYBOARD' ? shotCount() : 1;
        const cost = costOf(page.prices, kind, Math.max(count, 1));
        const text = step.done(page.creation) ? step.redo : step.text;
        button.replaceChildren(...stepLabel(text, cost));
        button.disabled = cost === undefined || (kind !== 'PLAN' && !planned);
    });
    const hint = $('[data-step-hint]');
    if (page.pricesError) {
        hint.textContent = `Prices could not be loaded, so steps are paused: `
            + `${describeError(page.pricesError)} Reload the page to try again.`;
    } else {
        hint.textContent = planned
            ? 'Each step shows its cost before you confirm. A failed or canceled step is '
                + 'refunded.'
            : 'Start by planning the story; the other steps need its shots.';
    }
}

function stepRequest(kind) {
    const creation = page.creation;
    const requests = {
        PLAN: { path: api('/plan'), title: 'Plan the story?',
            message: 'Writes a title, a logline, the shots and a music brief from your '
                + 'prompt and the names of your cast and locations.' },
        STORYBOARD: { path: api('/storyboard'), count: shotCount(),
            title: `Draw all ${shotCount()} storyboard frames?`,
            message: 'Draws one frame per shot, with your cast and location photos as '
                + 'references.' },
        SOUNDTRACK: { path: api('/soundtrack'), title: 'Compose the soundtrack?',
            message: `Composes music from the brief${creation.plan?.musicBrief?.mood
                ? ` (${creation.plan.musicBrief.mood})` : ''}.` },
        VOICEOVER: { path: api('/voiceover'), title: 'Record the voiceover?',
            message: 'Records the narration lines of every shot.' },
    };
    return { kind, label: STEP_NAMES[kind], alert: $('[data-step-alert]'), ...requests[kind] };
}

function shotRequest(kind, shot, alertBox) {
    if (kind === 'ANIMATION') {
        return { kind, path: api(`/shots/${shot.number}/animation`), alert: alertBox,
            label: `Animation of shot ${shot.number}`,
            title: `Animate shot ${shot.number}?`,
            message: 'Makes a short clip from this shot\'s frame.' };
    }
    return { kind, path: api('/storyboard'), body: { shots: [shot.number] }, alert: alertBox,
        label: `Frame of shot ${shot.number}`,
        title: `${shot.frame ? 'Redraw' : 'Draw'} the frame of shot ${shot.number}?`,
        message: 'Draws this shot again; the other shots stay as they are.' };
}

/** Shows the cost, asks for confirmation, then starts the job with a fresh idempotency key. */
async function runStep(request) {
    const cost = costOf(page.prices, request.kind, request.count || 1);
    if (cost === undefined) {
        showAlert(request.alert, 'error', 'The price of this step is unknown. Reload the page.');
        return;
    }
    const ok = await confirmDialog({ title: request.title, message: request.message, cost,
        balance: currentBalance(), confirmLabel: `Spend ${formatCredits(cost)}` });
    if (!ok) {
        return;
    }
    request.alert.replaceChildren();
    request.alert.className = 'alert';
    try {
        const job = await post(request.path, request.body || {},
            { idempotencyKey: newIdempotencyKey() });
        page.jobLabels.set(job.id, request.label);
        onJob(job, true);
        refreshBalance();
    } catch (error) {
        showAlert(request.alert, 'error', stepFailure(error));
    }
}

function stepFailure(error) {
    if (error.status === 402) {
        return `Not enough credits: ${error.problem.detail}`;
    }
    if (error.status === 409) {
        return `This step cannot start yet: ${error.problem.detail}`;
    }
    return describeError(error);
}

/* Story plan */

function renderPlan(plan) {
    const box = $('[data-plan]');
    if (!plan) {
        box.replaceChildren(el('p', { className: 'muted', text: 'No plan yet. Plan the story '
            + 'to get a title, a logline, the shots and a music brief.' }));
        return;
    }
    const brief = plan.musicBrief || {};
    const instruments = Array.isArray(brief.instruments)
        ? brief.instruments.join(', ') : brief.instruments;
    const maker = [plan.provider, plan.model].filter(Boolean).join(' · ');
    box.replaceChildren(
        el('h3', { text: plan.title || 'Untitled' }),
        el('p', { className: 'plan-logline', text: plan.logline || '' }),
        el('h4', { text: 'Music brief' }),
        el('dl', { className: 'facts' },
            fact('Mood', brief.mood), fact('Genre', brief.genre),
            fact('Tempo', brief.tempoBpm ? `${brief.tempoBpm} bpm` : ''),
            fact('Key', brief.key), fact('Instruments', instruments)),
        maker ? el('p', { className: 'file-meta' }, el('span', { text: `Planned by ${maker}` }),
            localBadge(plan)) : null);
}

function fact(term, value) {
    return [el('dt', { text: term }), el('dd', { text: value || '—' })];
}

/* Storyboard */

function frameMedia(shot) {
    if (!shot.frame) {
        return el('div', { className: 'thumb-placeholder', text: 'No frame yet' });
    }
    return el('img', { src: shot.frame.mediaUrl, loading: 'lazy',
        alt: `Storyboard frame of shot ${shot.number}: ${shot.description || ''}` });
}

function clipMedia(shot) {
    const clip = shot.clip;
    if (String(clip.contentType || '').toLowerCase() === 'image/gif') {
        return el('img', { src: clip.mediaUrl, loading: 'lazy',
            alt: `Animated clip of shot ${shot.number}` });
    }
    return el('video', { src: clip.mediaUrl, controls: true, muted: true, playsinline: true,
        loop: true, preload: 'metadata', poster: shot.frame ? shot.frame.mediaUrl : null,
        'aria-label': `Animated clip of shot ${shot.number}` });
}

function shotCard(shot) {
    const alertBox = el('div', { className: 'alert', role: 'alert' });
    const frameCost = costOf(page.prices, 'STORYBOARD', 1);
    const clipCost = costOf(page.prices, 'ANIMATION', 1);
    const redraw = el('button', { type: 'button', className: 'secondary small',
        disabled: frameCost === undefined,
        on: { click: () => runStep(shotRequest('STORYBOARD', shot, alertBox)) } },
    ...stepLabel(shot.frame ? 'Redraw frame' : 'Draw frame', frameCost));
    const animate = el('button', { type: 'button', className: 'small',
        disabled: clipCost === undefined || !shot.frame,
        title: shot.frame ? null : 'Draw the frame first',
        on: { click: () => runStep(shotRequest('ANIMATION', shot, alertBox)) } },
    ...stepLabel(shot.clip ? 'Animate again' : 'Animate', clipCost));
    return el('article', { className: 'shot', 'aria-labelledby': `shot-${shot.number}` },
        el('div', { className: 'shot-media' }, frameMedia(shot)),
        shot.frame ? el('div', { className: 'media-label' }, fileMeta(shot.frame, 'frame')) : null,
        shot.clip ? el('div', { className: 'shot-media' }, clipMedia(shot)) : null,
        shot.clip ? el('div', { className: 'media-label' }, fileMeta(shot.clip, 'clip')) : null,
        shotBody(shot, alertBox, redraw, animate));
}

function shotBody(shot, alertBox, redraw, animate) {
    const cast = Array.isArray(shot.cast) ? shot.cast.join(', ') : shot.cast;
    return el('div', { className: 'shot-body' },
        el('h3', { className: 'shot-number', id: `shot-${shot.number}`,
            text: `Shot ${shot.number}` }),
        el('p', { text: shot.description || '' }),
        el('dl', { className: 'facts small' },
            fact('Camera', shot.camera),
            fact('Duration', shot.durationSeconds ? `${shot.durationSeconds} s` : ''),
            fact('Cast', cast), fact('Location', shot.location)),
        shot.narration ? el('blockquote', { className: 'narration', text: shot.narration })
            : null,
        alertBox,
        el('div', { className: 'shot-actions' }, redraw, animate));
}

function renderShots(shots) {
    $('[data-shots]').replaceChildren(...shots.map(shotCard));
    $('[data-shots-empty]').hidden = shots.length > 0;
}

/* Soundtrack and voiceover */

function renderSound(selector, label, file) {
    const box = $(selector);
    if (!file) {
        box.replaceChildren(el('h3', { text: label }),
            el('p', { className: 'muted', text: `No ${label.toLowerCase()} yet.` }));
        return;
    }
    box.replaceChildren(el('h3', { text: label }),
        el('audio', { controls: true, preload: 'metadata', src: file.mediaUrl,
            'aria-label': label }),
        fileMeta(file, label.toLowerCase()));
}

/* Jobs and live progress */

function jobTitle(job) {
    const shots = job.shots || (job.shot ? [job.shot] : null);
    const named = page.jobLabels.get(job.id) || STEP_NAMES[job.kind] || job.kind;
    return shots && !page.jobLabels.has(job.id) ? `${named} (shot ${shots.join(', ')})` : named;
}

const STATUS_TEXT = {
    QUEUED: 'Waiting to start',
    RUNNING: 'Working',
    SUCCEEDED: 'Done',
    FAILED: 'Failed',
    CANCELED: 'Canceled',
};

function isFinal(job) {
    return ['SUCCEEDED', 'FAILED', 'CANCELED'].includes(job.status);
}

function jobAction(job) {
    return isFinal(job)
        ? el('button', { type: 'button', className: 'secondary small', text: 'Dismiss',
            'aria-label': `Dismiss ${jobTitle(job)}`, on: { click: () => dismissJob(job.id) } })
        : el('button', { type: 'button', className: 'secondary small', text: 'Cancel',
            'aria-label': `Cancel ${jobTitle(job)}`, on: { click: () => cancelJob(job) } });
}

function jobItem(job) {
    const parts = {
        badge: el('span', { className: 'badge' }),
        progress: el('progress', { max: 100, 'aria-label': `${jobTitle(job)} progress` }),
        error: el('p', { className: 'job-error', hidden: true }),
        action: el('span'),
        final: null,
    };
    parts.li = el('li', { className: 'job', dataset: { jobId: job.id } },
        el('div', {}, el('strong', { text: jobTitle(job) }), ' ', parts.badge),
        parts.action, parts.progress, parts.error);
    return parts;
}

/** Updates a job's line in place, so a focused Cancel button keeps its focus. */
function updateJobItem(parts, job) {
    const percent = Math.max(0, Math.min(100, Number(job.progress) || 0));
    const refunded = ['FAILED', 'CANCELED'].includes(job.status) && job.cost
        ? ` · ${formatCredits(job.cost)} refunded` : '';
    parts.badge.textContent = `${STATUS_TEXT[job.status] || job.status}`
        + (isFinal(job) ? '' : ` · ${percent}%`) + refunded;
    parts.badge.className = job.status === 'FAILED' ? 'badge failed' : 'badge';
    parts.progress.value = job.status === 'SUCCEEDED' ? 100 : percent;
    parts.error.hidden = !job.error;
    parts.error.textContent = job.error ? errorText(job.error) : '';
    if (parts.final !== isFinal(job)) {
        const hadFocus = parts.action === document.activeElement;
        const button = jobAction(job);
        parts.action.replaceWith(button);
        parts.action = button;
        parts.final = isFinal(job);
        if (hadFocus) {
            button.focus();
        }
    }
}

function errorText(error) {
    return typeof error === 'string' ? error : error.detail || error.message || 'It failed.';
}

function showJob(job, before) {
    let parts = page.jobItems.get(job.id);
    if (!parts) {
        parts = jobItem(job);
        page.jobItems.set(job.id, parts);
        $('[data-jobs]').append(parts.li);
    }
    updateJobItem(parts, job);
    $('[data-jobs-panel]').hidden = false;
    if (!before || before.status !== job.status) {
        $('[data-jobs-announcer]').textContent =
            `${jobTitle(job)}: ${STATUS_TEXT[job.status] || job.status}.`;
    }
}

/**
 * Takes a job update from a POST, the event stream or a poll; a finished job is shown only
 * if it was seen running here, or was just started by the person (shown).
 */
function onJob(job, shown = false) {
    if (!job || !job.id || (job.creationId && job.creationId !== page.id)) {
        return;
    }
    const before = page.jobs.get(job.id);
    if (!before && isFinal(job) && !shown) {
        return;
    }
    page.jobs.set(job.id, job);
    showJob(job, before);
    if (isFinal(job) && (!before || !isFinal(before))) {
        refreshBalance();
        scheduleReload();
    }
}

function scheduleReload() {
    clearTimeout(page.reloadTimer);
    page.reloadTimer = setTimeout(load, 300);
}

function dismissJob(id) {
    page.jobs.delete(id);
    page.jobItems.get(id)?.li.remove();
    page.jobItems.delete(id);
    const panel = $('[data-jobs-panel]');
    panel.hidden = page.jobs.size === 0;
    const next = panel.hidden ? $('#make-title') : $('#jobs-title');
    next.setAttribute('tabindex', '-1');
    next.focus();
}

async function cancelJob(job) {
    try {
        onJob(await post(`/api/v1/jobs/${encodeURIComponent(job.id)}/cancel`));
    } catch (error) {
        showAlert($('[data-step-alert]'), 'error', error.status === 409
            ? 'This job had already finished.' : `Cancel failed: ${describeError(error)}`);
        pollJob(job.id);
    }
}

async function pollJob(id) {
    try {
        onJob(await get(`/api/v1/jobs/${encodeURIComponent(id)}`));
    } catch (ignored) {
        // the next poll or event tries again
    }
}

function listen() {
    if (!('EventSource' in window)) {
        return;
    }
    const source = new EventSource(api('/events'));
    const take = (event) => {
        try {
            onJob(JSON.parse(event.data));
        } catch (ignored) {
            // a keep-alive or a line that is not a job
        }
    };
    for (const name of ['message', 'job', 'progress']) {
        source.addEventListener(name, take);
    }
    source.addEventListener('open', () => {
        page.streamOpen = true;
    });
    source.addEventListener('error', () => {
        page.streamOpen = false;
    });
}

/** While the event stream is down, running jobs are polled instead. */
function pollWhileStreamIsDown() {
    setInterval(() => {
        if (page.streamOpen) {
            return;
        }
        for (const job of page.jobs.values()) {
            if (!isFinal(job)) {
                pollJob(job.id);
            }
        }
    }, POLL_MILLIS);
}

/* Deleting the creation */

async function deleteCreation() {
    const ok = await confirmDialog({ title: 'Delete this creation?', danger: true,
        message: 'The prompt, the photos and every generated file of this creation are '
            + 'deleted for good.', confirmLabel: 'Delete creation' });
    if (!ok) {
        return;
    }
    try {
        await del(api());
        window.location.assign('/creations');
    } catch (error) {
        showAlert($('[data-delete-alert]'), 'error',
            `The creation could not be deleted: ${describeError(error)}`);
    }
}

/* Start */

function wire() {
    attachCounter(editForm.elements.prompt, document.getElementById('edit-prompt-counter'));
    editForm.addEventListener('input', () => {
        page.ideaEdited = true;
    });
    editForm.addEventListener('submit', saveIdea);
    referenceForm.addEventListener('submit', addReference);
    document.querySelectorAll('[data-step]').forEach((button) => {
        button.addEventListener('click', () => runStep(stepRequest(button.dataset.step)));
    });
    $('[data-delete-creation]').addEventListener('click', deleteCreation);
}

async function start() {
    wire();
    const state = await startPage();
    if (!requireSignIn(state, $('[data-page-root]'))) {
        return;
    }
    if (!page.id) {
        showLoadFailure(new ApiError(404, { detail: 'No creation was named.' }));
        return;
    }
    try {
        page.prices = await loadPrices();
    } catch (error) {
        page.pricesError = error;
    }
    await load();
    if (page.creation) {
        listen();
        pollWhileStreamIsDown();
    }
}

start();
