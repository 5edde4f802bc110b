/*
 * What a partner typed survives their session ending under them (the server restarted or died, a load balancer sent
 * them to another instance): the next save finds the session gone and is answered with the way to the sign-in page.
 * Only at that moment is the text no save confirmed kept, in this tab's sessionStorage (gone when the tab closes),
 * with the page to come back to. After signing in again the person lands on that page, the text goes back into the
 * form and out of storage, and the usual autosave saves it. Clinical text is never kept in the browser otherwise.
 *
 * On the answer page (#rbUnsaved, with the signed-in account as data-owner): each text field's last confirmed value is
 * remembered in the page (the value it came with, then what each save stored). Kept text goes back into its field
 * only if the field still holds the value it was based on; if someone changed the answer meanwhile (a joint answer),
 * it is shown beside it to copy, not written over their words. A save that gets no answer (an error, a proxy's 502) is
 * said on the page while the timer tries again; the text stays in the form.
 *
 * On the sign-in page (its hidden returnTo fields): the page to go back to is handed to the server, which accepts
 * only the application's own pages. Arriving there without an "ended" reason (signing out, a new visit) forgets
 * anything kept, so the next person at this device finds nothing of it; so does a keeping older than two hours.
 */
(function () {
    var PREFIX = 'rebuild.unsaved.';
    var RETURN = 'rebuild.returnTo';
    var KEPT_AT_MOST = 2 * 60 * 60 * 1000;
    // the form's saves call these; without storage they do nothing and the page works as before
    window.rbUnsaved = { sending: function () {}, answered: function () {}, failed: function () {} };
    var store;
    try {
        store = window.sessionStorage;
        store.getItem(RETURN);
    } catch (unavailable) {
        return; // private modes may refuse storage
    }

    function keysWith(prefix) {
        var keys = [];
        for (var i = 0; i < store.length; i++) {
            var key = store.key(i);
            if (key && key.indexOf(prefix) === 0) {
                keys.push(key);
            }
        }
        return keys;
    }

    function forgetAll() {
        keysWith(PREFIX).forEach(function (key) { store.removeItem(key); });
        store.removeItem(RETURN);
    }

    var returnFields = document.querySelectorAll('input[type="hidden"][id$=":returnTo"]');
    if (returnFields.length > 0) {
        if (!/[?&]ended=/.test(window.location.search)) {
            forgetAll();
            return;
        }
        var back = store.getItem(RETURN);
        for (var f = 0; back && f < returnFields.length; f++) {
            returnFields[f].value = back;
        }
        return;
    }

    var notice = document.getElementById('rbUnsaved');
    if (!notice || !document.getElementById('answerForm')) {
        return;
    }
    var page = window.location.pathname + window.location.search;
    var prefix = PREFIX + notice.getAttribute('data-owner') + '|' + page + '|';

    // Looked up each time: Save redraws the form.
    function fields() {
        var found = [];
        var form = document.getElementById('answerForm');
        var prompts = form ? form.querySelectorAll('.rb-prompt[data-prompt]') : [];
        for (var i = 0; i < prompts.length; i++) {
            var area = prompts[i].querySelector('textarea');
            if (area && !area.disabled) {
                found.push({ key: prefix + prompts[i].getAttribute('data-prompt'), area: area });
            }
        }
        return found;
    }

    function read(key) {
        try {
            return JSON.parse(store.getItem(key));
        } catch (broken) {
            return null;
        }
    }

    function say(text, copy) {
        var line = document.createElement('p');
        line.textContent = text;
        notice.appendChild(line);
        if (copy !== undefined) {
            var box = document.createElement('textarea');
            box.readOnly = true;
            box.rows = 5;
            box.className = 'rb-kept-text';
            box.value = copy;
            notice.appendChild(box);
        }
        notice.hidden = false;
    }

    // The last text of each field the server confirmed: what the page came with, then what each save stored.
    var confirmed = {};
    function confirmedText(field) {
        return Object.prototype.hasOwnProperty.call(confirmed, field.key) ? confirmed[field.key] : field.area.defaultValue;
    }

    // Back on the page: put kept text where nobody changed the answer meanwhile, offer it where somebody did.
    var restored = false;
    fields().forEach(function (field) {
        var kept = read(field.key);
        store.removeItem(field.key);
        if (!kept || Date.now() - kept.at > KEPT_AT_MOST || field.area.value === kept.text) {
            return;
        }
        if (field.area.value === kept.base) {
            field.area.value = kept.text;
            restored = true;
        } else {
            say(notice.getAttribute('data-conflict'), kept.text);
        }
    });
    if (restored) {
        say(notice.getAttribute('data-restored'));
    }
    if (store.getItem(RETURN) === page) {
        store.removeItem(RETURN);
    }

    // What each save sent, so that its answer can confirm exactly that text. The form's saves (the autosave timer,
    // the save when the page is hidden, Save, Submit) call these from their onstart, onsuccess and onerror.
    var sent = null;
    var problem = null;
    window.rbUnsaved = {
        sending: function () {
            sent = fields().map(function (field) { return { field: field, text: field.area.value }; });
        },
        answered: function (xhr) {
            var answer = xhr && xhr.responseText ? xhr.responseText : '';
            if (problem) {
                problem.parentNode.removeChild(problem);
                problem = null;
            }
            if (answer.indexOf('<redirect') >= 0) {
                // the session is gone and the page is about to go to the sign-in page: keep what no save confirmed
                var now = Date.now();
                fields().forEach(function (field) {
                    var base = confirmedText(field);
                    if (field.area.value !== base) {
                        store.setItem(field.key, JSON.stringify({ text: field.area.value, base: base, at: now }));
                        store.setItem(RETURN, page);
                    }
                });
                return;
            }
            if (sent && answer.indexOf('class="rb-field-note"') < 0) { // a refused save stored nothing
                sent.forEach(function (save) { confirmed[save.field.key] = save.text; });
            }
        },
        failed: function () {
            if (!problem) {
                problem = document.createElement('p');
                problem.className = 'rb-field-note';
                problem.setAttribute('role', 'alert');
                problem.textContent = notice.getAttribute('data-retrying');
                notice.parentNode.insertBefore(problem, notice);
            }
        }
    };
})();
