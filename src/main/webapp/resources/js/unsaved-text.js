/*
 * Text a partner typed that the server has not confirmed yet is kept in this browser tab (sessionStorage: gone when
 * the tab closes), so that it survives the session ending under them: the server restarted or died, the idle time
 * ran out, a load balancer sent them to another instance. After signing in again they come back to the page and the
 * text is put back, and the usual autosave saves it.
 *
 * On the answer page (#rbUnsaved, with the signed-in account as data-owner): each text field's unsaved text is kept
 * with the value it was based on (the last value the server confirmed). A saved value is forgotten once an autosave
 * answer confirms it. When the page is shown again, kept text goes back into its field only if the field still holds
 * that base value; if someone changed the answer meanwhile (a joint answer), the text is shown beside it to copy
 * instead of overwriting their words. A save that fails (no answer, an error) is said on the page; the poll tries again.
 *
 * On the sign-in page (its hidden returnTo fields): the page to go back to is handed to the server, which accepts only the
 * application's own pages. Arriving there without an "ended" reason (signing out, a new visit) forgets every kept
 * text, so the next person at this device finds nothing of it.
 */
(function () {
    var PREFIX = 'rebuild.unsaved.';
    var RETURN = 'rebuild.returnTo';
    // the form's saves call these; without storage they do nothing and the page works as before
    window.rbUnsaved = { sending: function () {}, answered: function () {}, failed: function () {} };
    var store;
    try {
        store = window.sessionStorage;
        store.getItem(RETURN);
    } catch (unavailable) {
        return; // private modes may refuse storage: the page works as before
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

    var returnFields = document.querySelectorAll('input[type="hidden"][id$=":returnTo"]');
    if (returnFields.length > 0) {
        var ended = /[?&]ended=/.test(window.location.search);
        if (!ended) {
            keysWith(PREFIX).forEach(function (key) { store.removeItem(key); });
            store.removeItem(RETURN);
            return;
        }
        var back = store.getItem(RETURN);
        if (back) {
            for (var f = 0; f < returnFields.length; f++) {
                returnFields[f].value = back;
            }
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

    // The last text of each field the server confirmed: what the page came with, then what each save stored.
    var confirmed = {};

    function confirmedText(field) {
        return Object.prototype.hasOwnProperty.call(confirmed, field.key) ? confirmed[field.key] : field.area.defaultValue;
    }

    function remember(field) {
        var base = confirmedText(field);
        if (field.area.value === base) {
            store.removeItem(field.key);
        } else {
            store.setItem(field.key, JSON.stringify({ text: field.area.value, base: base }));
        }
        if (keysWith(prefix).length > 0) {
            store.setItem(RETURN, page);
        } else if (store.getItem(RETURN) === page) {
            store.removeItem(RETURN);
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

    // Back on the page: put kept text where nobody changed the answer meanwhile, offer it where somebody did.
    var restored = false;
    fields().forEach(function (field) {
        var kept = read(field.key);
        if (!kept) {
            return;
        }
        if (field.area.value === kept.text) {
            store.removeItem(field.key); // it was saved after all
        } else if (field.area.value === kept.base) {
            field.area.value = kept.text;
            restored = true;
        } else {
            say(notice.getAttribute('data-conflict'), kept.text);
            store.removeItem(field.key);
        }
    });
    if (restored) {
        say(notice.getAttribute('data-restored'));
    }
    if (store.getItem(RETURN) === page && keysWith(prefix).length === 0) {
        store.removeItem(RETURN);
    }

    document.addEventListener('input', function (event) {
        fields().forEach(function (field) {
            if (field.area === event.target) {
                remember(field);
            }
        });
    });

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
            // a redirect (to the sign-in page) or a refusal saved nothing: keep everything
            if (!sent || answer.indexOf('<redirect') >= 0 || answer.indexOf('class="rb-field-note"') >= 0) {
                return;
            }
            sent.forEach(function (save) {
                confirmed[save.field.key] = save.text;
                if (read(save.field.key)) {
                    if (save.field.area.value === save.text) {
                        store.removeItem(save.field.key);
                    } else {
                        store.setItem(save.field.key, JSON.stringify({ text: save.field.area.value, base: save.text }));
                    }
                }
            });
            if (keysWith(prefix).length === 0 && store.getItem(RETURN) === page) {
                store.removeItem(RETURN);
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
