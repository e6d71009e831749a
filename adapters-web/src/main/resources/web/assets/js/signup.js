// The sign-up page: email, password, optional name and the age confirmation.

import { ApiError, clearProblem, post, rememberCsrfToken, showAlert, showProblem } from './api.js';
import { startPage } from './layout.js';
import { attachPasswordToggles, whileBusy } from './ui.js';

const form = document.getElementById('signup-form');

function checkLocally(data) {
    const errors = [];
    if (!data.email.includes('@')) {
        errors.push({ field: 'email', message: 'Enter your email address.' });
    }
    if ([...data.password].length < 15) {
        errors.push({ field: 'password', message: 'Use at least 15 characters.' });
    }
    if (!data.confirmedAge13) {
        errors.push({ field: 'confirmedAge13',
            message: 'You must be 13 or older to use MyMovie.live.' });
    }
    return errors;
}

async function signUp(event) {
    event.preventDefault();
    clearProblem(form);
    const data = {
        email: form.email.value.trim(),
        password: form.password.value,
        confirmedAge13: form.confirmedAge13.checked,
    };
    const displayName = form.displayName.value.trim();
    if (displayName) {
        data.displayName = displayName;
    }
    const local = checkLocally(data);
    if (local.length) {
        showProblem(form, localProblem(local));
        return;
    }
    await whileBusy(form, async () => {
        try {
            const account = await post('/api/v1/auth/signup', data);
            rememberCsrfToken(account && account.csrfToken);
            showAlert(form.querySelector('[data-form-alert]'), 'success',
                'Welcome! Taking you to your creations…');
            window.location.assign('/creations');
        } catch (error) {
            showProblem(form, error);
        }
    });
}

function localProblem(errors) {
    return new ApiError(422, { detail: 'Some fields need attention.', errors });
}

attachPasswordToggles();
form.addEventListener('submit', signUp);
startPage().then((state) => {
    if (state.signedIn) {
        showAlert(form.querySelector('[data-form-alert]'), 'info',
            'You are already signed in. Go to your creations to start a movie.');
    }
});
