/*
 * A text field with a data-limit shows, once it is nearly full, how many characters it holds of how many it may, and
 * says plainly when it holds too many. Nothing is ever cut: the server refuses text over a limit with a message at
 * the field, and what was typed stays there to shorten. Counts UTF-16 units, as the server's check does.
 */
(function () {
    var texts = document.getElementById('limitTexts');
    if (!texts) {
        return;
    }

    function format(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (all, i) {
            return values[i].toLocaleString();
        });
    }

    function show(field) {
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        var length = field.value.length;
        var note = document.getElementById(field.id + '_limit');
        if (!note) {
            note = document.createElement('span');
            note.id = field.id + '_limit';
            note.className = 'rb-limit';
            note.setAttribute('aria-live', 'polite');
            field.insertAdjacentElement('afterend', note);
            var described = field.getAttribute('aria-describedby');
            field.setAttribute('aria-describedby', described ? described + ' ' + note.id : note.id);
        }
        var over = length > limit;
        note.hidden = length < limit * 0.8;
        note.textContent = over ? format(texts.getAttribute('data-over'), [length, limit, length - limit])
            : format(texts.getAttribute('data-near'), [length, limit]);
        note.classList.toggle('rb-limit-over', over);
        field.classList.toggle('rb-over-limit', over);
    }

    function showAll() {
        document.querySelectorAll('[data-limit]').forEach(function (field) {
            if (field.value && field.value.length >= parseInt(field.getAttribute('data-limit'), 10) * 0.8) {
                show(field);
            }
        });
    }

    document.addEventListener('input', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-limit')) {
            show(event.target);
        }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', showAll);
    }
    document.addEventListener('DOMContentLoaded', showAll);
})();
