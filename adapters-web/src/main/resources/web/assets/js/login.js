// The log-in page: one generic message for any wrong email or password.

import { ApiError, clearProblem, post, rememberCsrfToken, showProblem } from './api.js';
import { startPage } from './layout.js';
import { attachPasswordToggles, safeLocalPath, whileBusy } from './ui.js';

const form = document.getElementById('login-form');

function destination() {
    const next = new URLSearchParams(window.location.search).get('next');
    return safeLocalPath(next) || '/creations';
}

async function logIn(event) {
    event.preventDefault();
    clearProblem(form);
    const data = { email: form.email.value.trim(), password: form.password.value };
    if (!data.email || !data.password) {
        showProblem(form, new ApiError(422, { detail: 'Enter your email and password.' }));
        return;
    }
    await whileBusy(form, async () => {
        try {
            const account = await post('/api/v1/auth/login', data);
            rememberCsrfToken(account && account.csrfToken);
            window.location.assign(destination());
        } catch (error) {
            if (error.status === 401) {
                showProblem(form, new ApiError(401, { detail: 'Email or password is wrong.' }));
            } else {
                showProblem(form, error);
            }
        }
    });
}

attachPasswordToggles();
form.addEventListener('submit', logIn);
startPage();
