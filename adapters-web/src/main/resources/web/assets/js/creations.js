// The creations page: every creation of the person, and the form to start a new one.

import { clearProblem, describeError, get, post, showProblem } from './api.js';
import { requireSignIn, startPage } from './layout.js';
import { attachCounter, el, timeEl, whileBusy } from './ui.js';

const form = document.getElementById('new-creation-form');
const list = document.querySelector('[data-creation-list]');
const status = document.querySelector('[data-list-status]');

/** The first frame of a creation summary, as its cover. */
function thumbnailUrl(summary) {
    const url = summary.cover && summary.cover.mediaUrl;
    return typeof url === 'string' && url.startsWith('/') ? url : null;
}

function card(summary) {
    const url = thumbnailUrl(summary);
    const picture = url
        ? el('img', { className: 'thumb', src: url, alt: '', loading: 'lazy' })
        : el('div', { className: 'thumb-placeholder', 'aria-hidden': 'true',
            text: 'No frame yet' });
    return el('li', {},
        el('a', { className: 'creation-card',
            href: `/creations/${encodeURIComponent(summary.id)}` },
            picture,
            el('div', { className: 'card-body' },
                el('h3', { text: summary.title || 'Untitled' }),
                el('p', { className: 'muted small' }, 'Created ', timeEl(summary.createdAt)))));
}

async function showList() {
    try {
        const body = await get('/api/v1/creations');
        const items = (body && body.items) || [];
        list.replaceChildren(...items.map(card));
        status.className = items.length ? 'visually-hidden' : 'empty-state';
        status.textContent = items.length
            ? `${items.length} creations`
            : 'No creations yet. Start one with the form above.';
    } catch (error) {
        status.className = 'alert error';
        status.textContent = `Your creations could not be loaded: ${describeError(error)}`;
    }
}

async function create(event) {
    event.preventDefault();
    clearProblem(form);
    const fields = form.elements;
    const data = { title: fields.title.value.trim(), prompt: fields.prompt.value.trim() };
    await whileBusy(form, async () => {
        try {
            const creation = await post('/api/v1/creations', data);
            window.location.assign(`/creations/${encodeURIComponent(creation.id)}`);
        } catch (error) {
            showProblem(form, error);
        }
    });
}

attachCounter(form.elements.prompt, document.getElementById('new-prompt-counter'));
form.addEventListener('submit', create);
startPage().then((state) => {
    if (requireSignIn(state, document.querySelector('[data-page-root]'))) {
        showList();
    }
});
