// The home page: what the service does and the current prices.

import { describeError, showAlert } from './api.js';
import { startPage } from './layout.js';
import { loadPrices, STEP_NAMES } from './prices.js';
import { el, formatCredits } from './ui.js';

const ORDER = ['PLAN', 'STORYBOARD', 'ANIMATION', 'SOUNDTRACK', 'VOICEOVER'];

function unitText(price) {
    return price.unit === 'shot' ? 'per shot' : 'per job';
}

async function showPrices() {
    const body = document.querySelector('[data-prices]');
    try {
        const prices = await loadPrices();
        const kinds = ORDER.filter((kind) => prices.has(kind))
            .concat([...prices.keys()].filter((kind) => !ORDER.includes(kind)));
        const rows = kinds.map((kind) => {
            const price = prices.get(kind);
            return el('tr', {},
                el('td', { text: STEP_NAMES[kind] || kind }),
                el('td', { className: 'number',
                    text: `${formatCredits(price.credits)} ${unitText(price)}` }));
        });
        body.replaceChildren(...(rows.length ? rows : [emptyRow('No prices are set.')]));
    } catch (error) {
        body.replaceChildren(emptyRow(`Prices could not be loaded: ${describeError(error)}`));
    }
}

function emptyRow(text) {
    return el('tr', {}, el('td', { colspan: 2, className: 'muted', text }));
}

function showFarewell() {
    const params = new URLSearchParams(window.location.search);
    if (params.get('deleted') === '1') {
        showAlert(document.querySelector('[data-page-alert]'), 'success',
            'Your account and all its data were deleted. Thank you for trying MyMovie.live.');
    }
}

startPage();
showFarewell();
showPrices();
