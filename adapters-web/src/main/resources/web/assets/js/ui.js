// Small helpers shared by the page modules: building DOM safely (text is never parsed as
// HTML), formatting times and credits, the confirm dialog, counters and password toggles.

/**
 * Builds an element. attrs: plain attributes, plus `text`, `className`, `dataset` and
 * `on` ({event: handler}); children: nodes, strings, or null/false (skipped).
 */
export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            node.textContent = value;
        } else if (name === 'className') {
            node.className = value;
        } else if (name === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (name === 'on') {
            for (const [event, handler] of Object.entries(value)) {
                node.addEventListener(event, handler);
            }
        } else if (value === true) {
            node.setAttribute(name, '');
        } else {
            node.setAttribute(name, String(value));
        }
    }
    appendAll(node, children);
    return node;
}

function appendAll(node, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        node.append(child instanceof Node ? child : String(child));
    }
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A <time> element for an ISO instant, shown in the person's own time zone. */
export function timeEl(iso) {
    if (!iso) {
        return el('span', { className: 'muted', text: '—' });
    }
    const date = new Date(iso);
    const text = Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    return el('time', { datetime: iso, title: iso, text });
}

export function formatCredits(amount) {
    const value = Number(amount) || 0;
    return `${value.toLocaleString()} ${Math.abs(value) === 1 ? 'credit' : 'credits'}`;
}

/** The "Local preview" badge for files made by the offline providers. */
export function localBadge(file) {
    const local = file && (file.localPreview === true
        || (file.localPreview === undefined && String(file.provider || '').startsWith('local')));
    return local
        ? el('span', { className: 'badge local', title: 'Made on this machine by a local '
            + 'provider, without an AI service', text: 'Local preview' })
        : null;
}

/** A Download link for a stored file. */
export function downloadLink(file, label = 'Download') {
    return el('a', { href: `${file.mediaUrl}?download=1`, download: '', text: label });
}

/** The line under a file: provider, model, badge and download link. */
export function fileMeta(file, label) {
    const maker = [file.provider, file.model].filter(Boolean).join(' · ');
    return el('div', { className: 'file-meta' },
        maker ? el('span', { text: maker }) : null,
        localBadge(file),
        downloadLink(file, label ? `Download ${label}` : 'Download'));
}

let dialog = null;

function buildDialog() {
    const title = el('h2', { id: 'confirm-title' });
    const message = el('p', { id: 'confirm-message' });
    const cost = el('p', { className: 'dialog-cost' });
    const cancel = el('button', { type: 'button', className: 'secondary', value: 'cancel',
        text: 'Cancel' });
    const ok = el('button', { type: 'submit', value: 'ok', text: 'Confirm' });
    const form = el('form', { method: 'dialog' }, title, message, cost,
        el('div', { className: 'form-actions' }, ok, cancel));
    const node = el('dialog', { 'aria-labelledby': 'confirm-title',
        'aria-describedby': 'confirm-message' }, form);
    cancel.addEventListener('click', () => node.close('cancel'));
    document.body.append(node);
    return { node, title, message, cost, ok, cancel };
}

/**
 * Asks the person to confirm in an HTML dialog. options: title, message, confirmLabel,
 * danger (boolean), cost (credits, shown before confirming), balance. Resolves true or false.
 */
export function confirmDialog(options) {
    dialog = dialog || buildDialog();
    dialog.title.textContent = options.title;
    dialog.message.textContent = options.message || '';
    dialog.ok.textContent = options.confirmLabel || 'Confirm';
    dialog.ok.className = options.danger ? 'danger' : '';
    // a destructive action starts with the focus on Cancel
    dialog.ok.toggleAttribute('autofocus', !options.danger);
    dialog.cancel.toggleAttribute('autofocus', Boolean(options.danger));
    dialog.cost.hidden = options.cost === undefined;
    if (options.cost !== undefined) {
        const balance = options.balance === undefined || options.balance === null
            ? '' : ` Your balance is ${formatCredits(options.balance)}.`;
        dialog.cost.textContent = `This costs ${formatCredits(options.cost)}.${balance}`;
    }
    dialog.node.returnValue = '';
    return new Promise((resolve) => {
        dialog.node.addEventListener('close', () => resolve(dialog.node.returnValue === 'ok'),
            { once: true });
        dialog.node.showModal();
    });
}

/** Keeps a "n / max" counter beside a text field up to date. */
export function attachCounter(field, counter) {
    const max = Number(field.getAttribute('maxlength')) || 0;
    const update = () => {
        const used = [...field.value].length;
        counter.textContent = `${used.toLocaleString()} / ${max.toLocaleString()} characters`;
        counter.classList.toggle('over', max > 0 && used > max);
    };
    field.addEventListener('input', update);
    update();
}

/** Wires every [data-toggle-password] button to show or hide the input it controls. */
export function attachPasswordToggles(root = document) {
    root.querySelectorAll('[data-toggle-password]').forEach((button) => {
        const input = document.getElementById(button.getAttribute('aria-controls'));
        button.addEventListener('click', () => {
            const show = input.type === 'password';
            input.type = show ? 'text' : 'password';
            button.textContent = show ? 'Hide' : 'Show';
            button.setAttribute('aria-label', `${show ? 'Hide' : 'Show'} ${button.dataset.what}`);
        });
    });
}

/** Disables a form's submit buttons while a request runs, whatever its outcome. */
export async function whileBusy(form, work) {
    const buttons = form.querySelectorAll('button[type="submit"], button:not([type])');
    buttons.forEach((button) => {
        button.disabled = true;
    });
    form.setAttribute('aria-busy', 'true');
    try {
        return await work();
    } finally {
        buttons.forEach((button) => {
            button.disabled = false;
        });
        form.removeAttribute('aria-busy');
    }
}

/** A path inside this site to return to after sign-in, or null if the value is unsafe. */
export function safeLocalPath(value) {
    return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : null;
}
