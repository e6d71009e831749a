// The frame every page shares: who is signed in, their balance and role in the header,
// the current page marked in the navigation, and the log-out button.

import { get, getSession, post, describeError } from './api.js';
import { formatCredits } from './ui.js';

let account = null;

function markCurrentLink() {
    const here = window.location.pathname.replace(/\/$/, '') || '/';
    document.querySelectorAll('.site-header a[href]').forEach((link) => {
        const target = link.getAttribute('href');
        if (target !== '/' && (here === target || here.startsWith(`${target}/`))) {
            link.setAttribute('aria-current', 'page');
        }
    });
}

/** Shows a balance in the header. */
export function showBalance(balance) {
    document.querySelectorAll('[data-balance]').forEach((node) => {
        node.textContent = formatCredits(balance);
    });
    if (account) {
        account.balance = balance;
    }
}

/** Reads the balance again, after a charge or a refund. */
export async function refreshBalance() {
    try {
        const me = await get('/api/v1/me');
        account = me;
        showBalance(me.balance);
        return me.balance;
    } catch (ignored) {
        return account ? account.balance : null;
    }
}

/** The balance last shown in the header, or null if unknown. */
export function currentBalance() {
    return account && typeof account.balance === 'number' ? account.balance : null;
}

function showSignedIn(me) {
    account = me;
    document.body.dataset.signedIn = 'true';
    document.querySelectorAll('[data-nav-admin]').forEach((node) => {
        node.hidden = me.role !== 'ADMIN';
    });
    if (typeof me.balance === 'number') {
        showBalance(me.balance);
    }
}

async function logOut(button) {
    button.disabled = true;
    try {
        await post('/api/v1/auth/logout');
        window.location.assign('/');
    } catch (error) {
        button.disabled = false;
        const notice = document.querySelector('[data-page-alert]');
        if (notice) {
            notice.className = 'alert error';
            notice.textContent = `Log out failed: ${describeError(error)}`;
        }
    }
}

async function loadAccount(session) {
    if (!session.signedIn) {
        document.body.dataset.signedIn = 'false';
        return null;
    }
    let me = session.account || {};
    if (typeof me.balance !== 'number' || !me.role) {
        me = await get('/api/v1/me').catch(() => me);
    }
    showSignedIn(me);
    return me;
}

/**
 * Prepares the header and footer; resolves with {signedIn, account} or, when the service
 * cannot be reached, with {signedIn: false, account: null, error}.
 */
export async function startPage() {
    markCurrentLink();
    document.querySelectorAll('[data-logout]').forEach((button) => {
        button.addEventListener('click', () => logOut(button));
    });
    try {
        const session = await getSession();
        const me = await loadAccount(session);
        return { signedIn: Boolean(me), account: me };
    } catch (error) {
        document.querySelectorAll('[data-balance]').forEach((node) => {
            node.textContent = 'balance unavailable';
        });
        return { signedIn: document.body.dataset.signedIn === 'true', account: null, error };
    }
}

/** Replaces a page's content with a sign-in prompt when nobody is signed in. */
export function requireSignIn(state, container) {
    if (state.signedIn && state.account) {
        return true;
    }
    const next = encodeURIComponent(window.location.pathname + window.location.search);
    const box = document.createElement('div');
    box.className = 'alert info';
    const text = document.createElement('p');
    if (state.error) {
        text.textContent = `Your session could not be checked. ${describeError(state.error)} `
            + 'Reload the page to try again, or ';
    } else {
        text.textContent = 'Please log in to see this page. ';
    }
    const link = document.createElement('a');
    link.href = `/login?next=${next}`;
    link.textContent = 'Log in';
    text.append(link);
    box.append(text);
    container.replaceChildren(box);
    return false;
}
