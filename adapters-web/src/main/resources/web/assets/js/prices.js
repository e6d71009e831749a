// The price list of the generation steps, read once from GET /api/v1/prices.

import { get } from './api.js';

/** What each job kind is called on the page. */
export const STEP_NAMES = {
    PLAN: 'Story plan',
    STORYBOARD: 'Storyboard frame',
    ANIMATION: 'Animated shot',
    SOUNDTRACK: 'Soundtrack',
    VOICEOVER: 'Voiceover',
};

let pricesPromise = null;

/** Resolves with a Map from kind to {kind, credits, unit}; rejects with an ApiError. */
export function loadPrices() {
    if (!pricesPromise) {
        pricesPromise = get('/api/v1/prices').then((body) => {
            const prices = new Map();
            for (const item of (body && body.items) || []) {
                prices.set(item.kind, item);
            }
            return prices;
        });
        pricesPromise.catch(() => {
            pricesPromise = null;
        });
    }
    return pricesPromise;
}

/** The cost of a step for a number of shots, or undefined when its price is unknown. */
export function costOf(prices, kind, shots = 1) {
    const price = prices && prices.get(kind);
    if (!price) {
        return undefined;
    }
    return price.unit === 'shot' ? price.credits * shots : price.credits;
}
