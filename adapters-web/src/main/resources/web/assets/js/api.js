// The one client of the MyMovie.live JSON API: same origin only, the session cookie rides
// along, every state-changing request carries the CSRF token, and errors arrive as
// problem+json that forms can show next to their fields.

const UNREACHABLE = 'The service could not be reached. Check your connection and try again.';

const FALLBACK_DETAILS = {
    400: 'The request was not understood.',
    401: 'Please log in to continue.',
    402: 'You do not have enough credits for this.',
    403: 'You are not allowed to do this.',
    404: 'This was not found.',
    409: 'This cannot be done right now.',
    413: 'The file is too large.',
    415: 'This file type is not supported. Use a JPEG, PNG or WebP photo.',
    422: 'Some fields need attention.',
    429: 'Too many attempts. Please wait a moment and try again.',
};

/** An answer other than 2xx, carrying the problem the service described. */
export class ApiError extends Error {
    constructor(status, problem, retryAfter) {
        super(problem.detail || problem.title || `Request failed (${status})`);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The per-field messages of a validation problem, as [{field, message}]. */
    get fieldErrors() {
        return Array.isArray(this.problem.errors) ? this.problem.errors : [];
    }
}

let tokenPromise = null;

function tokenFromPage() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    const value = meta ? meta.getAttribute('content') : '';
    return value && !value.includes('{{') ? value : '';
}

/** The CSRF token of this session: from the page, or else from GET /api/v1/session. */
export function csrfToken() {
    const fromPage = tokenFromPage();
    if (fromPage) {
        return Promise.resolve(fromPage);
    }
    if (!tokenPromise) {
        tokenPromise = getSession()
            .then((session) => session.csrfToken || '')
            .catch(() => '');
    }
    return tokenPromise;
}

/** Remembers a token handed out after sign-in or sign-up. */
export function rememberCsrfToken(token) {
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && token) {
        meta.setAttribute('content', token);
    }
    tokenPromise = null;
}

let sessionPromise = null;

/** GET /api/v1/session, once per page load unless refreshed. */
export function getSession(refresh = false) {
    if (!sessionPromise || refresh) {
        sessionPromise = request('GET', '/api/v1/session');
        sessionPromise.catch(() => {
            sessionPromise = null;
        });
    }
    return sessionPromise;
}

async function readProblem(response) {
    const type = response.headers.get('Content-Type') || '';
    let problem = {};
    if (type.includes('json')) {
        try {
            problem = await response.json();
        } catch (ignored) {
            problem = {};
        }
    }
    if (!problem || typeof problem !== 'object') {
        problem = {};
    }
    problem.status = problem.status || response.status;
    if (!problem.detail) {
        problem.detail = FALLBACK_DETAILS[response.status]
            || problem.title
            || (response.status >= 500
                ? `The service is having trouble right now (status ${response.status}). `
                    + 'Please try again in a moment.'
                : `Something went wrong (status ${response.status}). Please try again.`);
    }
    return problem;
}

async function readBody(response) {
    if (response.status === 204) {
        return null;
    }
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
        return response.json();
    }
    return response.text();
}

/**
 * Sends one request. Options: json (a body to send as JSON), form (a FormData to send as
 * multipart), idempotencyKey. Resolves with the parsed body, rejects with an ApiError.
 */
export async function request(method, path, options = {}) {
    const headers = { Accept: 'application/json' };
    let body;
    if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json; charset=utf-8';
        body = JSON.stringify(options.json);
    } else if (options.form) {
        body = options.form;
    }
    if (method !== 'GET' && method !== 'HEAD') {
        headers['X-CSRF-Token'] = await csrfToken();
    }
    if (options.idempotencyKey) {
        headers['Idempotency-Key'] = options.idempotencyKey;
    }

    let response;
    try {
        response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
    } catch (networkFailure) {
        throw new ApiError(0, { status: 0, detail: UNREACHABLE });
    }

    if (!response.ok) {
        const retryAfter = response.headers.get('Retry-After');
        throw new ApiError(response.status, await readProblem(response), retryAfter);
    }
    try {
        return await readBody(response);
    } catch (badBody) {
        throw new ApiError(response.status, { detail: 'The service sent an unreadable answer.' });
    }
}

export const get = (path) => request('GET', path);
export const post = (path, json, options = {}) => request('POST', path, { ...options, json });
export const patch = (path, json) => request('PATCH', path, { json });
export const del = (path, json) => request('DELETE', path, json === undefined ? {} : { json });
export const upload = (path, form) => request('POST', path, { form });

/** A fresh key for one click on a paid step, so a retried request is charged once. */
export function newIdempotencyKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
        return window.crypto.randomUUID();
    }
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-`
        + `${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A sentence for any failure, adding the wait a rate limit asked for. */
export function describeError(error) {
    if (!(error instanceof ApiError)) {
        return 'Something went wrong in this page. Please reload and try again.';
    }
    let text = error.problem.detail;
    if (error.status === 429 && error.retryAfter && /^\d+$/.test(error.retryAfter)) {
        text += ` You can try again in ${error.retryAfter} seconds.`;
    }
    return text;
}

function errorSlot(form, field) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) {
        return null;
    }
    let slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (!slot) {
        slot = document.createElement('p');
        slot.className = 'field-error';
        slot.dataset.errorFor = field;
        slot.id = `${form.id || 'form'}-${field}-error`;
        const holder = input.closest('.field, .check');
        if (holder) {
            holder.append(slot);
        } else {
            input.after(slot);
        }
    }
    return { input, slot };
}

/** Removes the messages a previous showProblem left on a form. */
export function clearProblem(form) {
    form.querySelectorAll('.field-error').forEach((slot) => {
        slot.textContent = '';
    });
    form.querySelectorAll('[aria-invalid="true"]').forEach((input) => {
        input.removeAttribute('aria-invalid');
    });
    const alert = form.querySelector('[data-form-alert]');
    if (alert) {
        alert.replaceChildren();
        alert.className = 'alert';
    }
}

function describeInput(input, slot) {
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (!ids.includes(slot.id)) {
        ids.push(slot.id);
        input.setAttribute('aria-describedby', ids.join(' '));
    }
}

/**
 * Shows an error on a form: the problem's detail in the form's alert, and each field error
 * next to its input (fields the form does not have are listed in the alert).
 */
export function showProblem(form, error) {
    clearProblem(form);
    const alert = form.querySelector('[data-form-alert]');
    const unplaced = [];
    const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
    let firstInvalid = null;

    for (const { field, message } of fieldErrors) {
        const target = field ? errorSlot(form, field) : null;
        if (!target) {
            unplaced.push(message);
            continue;
        }
        target.slot.textContent = message;
        target.input.setAttribute('aria-invalid', 'true');
        describeInput(target.input, target.slot);
        firstInvalid = firstInvalid || target.input;
    }

    if (alert) {
        showAlert(alert, 'error', describeError(error), unplaced);
    }
    (firstInvalid || alert)?.focus?.();
}

/** Fills an alert box: kind is error, success or info. */
export function showAlert(box, kind, text, extraLines = []) {
    box.className = `alert ${kind}`;
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    box.replaceChildren(paragraph);
    if (extraLines.length) {
        const list = document.createElement('ul');
        for (const line of extraLines) {
            const item = document.createElement('li');
            item.textContent = line;
            list.append(item);
        }
        box.append(list);
    }
    if (!box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '-1');
    }
}
