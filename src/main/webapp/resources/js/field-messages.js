/*
 * A field's message (p:message, drawn beside it) must be read with the field when the field has the focus. PrimeFaces
 * names the message in aria-describedby of the component the message is for; when that component is a group (the
 * scales' radio buttons in their table, a PrimeFaces wrapper around its input), the inputs that take the focus do not
 * get it, and plain Faces inputs are not marked aria-invalid. This passes both on to the inputs inside, when the page
 * loads and after every AJAX update (which redraws fields and messages together, so nothing stale is left).
 */
(function () {
    if (!window.jQuery) {
        return;
    }

    function link() {
        document.querySelectorAll('[aria-describedby]').forEach(function (holder) {
            if (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(holder.tagName)) {
                return;
            }
            var messages = holder.getAttribute('aria-describedby').split(/\s+/).filter(function (id) {
                return id && document.getElementById(id);
            });
            var error = messages.some(function (id) {
                return document.getElementById(id).classList.contains('ui-message-error-detail');
            });
            holder.querySelectorAll('input:not([type=hidden]), textarea, select').forEach(function (input) {
                var own = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
                messages.forEach(function (id) {
                    if (own.indexOf(id) < 0) {
                        own.push(id);
                    }
                });
                if (own.length) {
                    input.setAttribute('aria-describedby', own.join(' '));
                }
                if (error) {
                    input.setAttribute('aria-invalid', 'true');
                }
            });
        });
    }

    jQuery(link);
    jQuery(document).on('pfAjaxComplete', link);
})();
