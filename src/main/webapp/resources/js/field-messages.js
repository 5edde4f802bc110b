/*
 * Ties each field's message (p:message, drawn beside the field) to the field itself, so that a screen reader reads
 * the message with the field when the field has the focus: aria-describedby of the input (of every input of a group,
 * such as a scale's radio buttons) names the message. PrimeFaces marks the field aria-invalid, and the message is
 * announced as it appears (aria-live), but it does not make this link, nor mark inputs of plain Faces components (the
 * scales' radio buttons) aria-invalid, which is done here too. Redone after every AJAX update, which redraws
 * fields and messages; a link to a message that is gone or empty is taken away again.
 */
(function () {
    if (!window.jQuery) {
        return;
    }

    function inputsOf(target) {
        var own = document.getElementById(target);
        var found = [];
        if (own && /^(INPUT|TEXTAREA|SELECT)$/.test(own.tagName)) {
            found.push(own);
        } else if (own) {
            own.querySelectorAll('input:not([type=hidden]), textarea, select').forEach(function (input) {
                found.push(input);
            });
        }
        return found;
    }

    function describe(input, messageId, add) {
        var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
            return id && id !== messageId && document.getElementById(id);
        });
        if (add) {
            ids.push(messageId);
        }
        if (ids.length) {
            input.setAttribute('aria-describedby', ids.join(' '));
        } else {
            input.removeAttribute('aria-describedby');
        }
    }

    function link() {
        document.querySelectorAll('.ui-message[data-target]').forEach(function (message) {
            var shown = message.textContent.trim() !== '';
            var error = shown && message.classList.contains('ui-message-error');
            inputsOf(message.getAttribute('data-target')).forEach(function (input) {
                describe(input, message.id, shown);
                if (error) {
                    input.setAttribute('aria-invalid', 'true');
                } else if (!shown) {
                    input.removeAttribute('aria-invalid');
                }
            });
        });
    }

    jQuery(link);
    jQuery(document).on('pfAjaxComplete', link);
})();
