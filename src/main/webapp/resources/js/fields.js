/*
 * What a screen reader says of a field, where PrimeFaces falls short; done when the page loads and after every AJAX
 * update (which redraws fields and messages together, so nothing stale is left).
 *
 * A drop-down menu's name: PrimeFaces names its combobox by the chosen option only ("English"), so the question was
 * never read out. Its name becomes the field's label followed by the chosen option ("Language of your pages and
 * emails, English"), by aria-labelledby naming the label and the combobox itself.
 *
 * A table pager's row of page numbers has a name but no role; it becomes a group, which may have one.
 *
 * A field's message (p:message, drawn beside it) must be read with the field when the field has the focus. PrimeFaces
 * names the message in aria-describedby of the component the message is for; when that component is a group (the
 * scales' radio buttons in their table, a PrimeFaces wrapper around its input), the inputs that take the focus do not
 * get it, and plain Faces inputs are not marked aria-invalid. This passes both on to the inputs inside.
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

    function nameMenus() {
        document.querySelectorAll('.ui-selectonemenu[id]').forEach(function (menu) {
            var combobox = document.getElementById(menu.id + '_label');
            var label = document.querySelector('label[for="' + menu.id + '_input"], label[for="' + menu.id + '_focus"], '
                + 'label[for="' + menu.id + '"], label[for="' + menu.id + '_label"]');
            if (!combobox || !label) {
                return;
            }
            if (!label.id) {
                label.id = menu.id + '_name';
            }
            combobox.setAttribute('aria-labelledby', label.id + ' ' + combobox.id);
        });
    }

    /* A table's pager names its row of page numbers "Navigation" on an element with no role, where no name may be. */
    function namePagers() {
        document.querySelectorAll('.ui-paginator-center-content[aria-label]:not([role])').forEach(function (pages) {
            pages.setAttribute('role', 'group');
        });
    }

    function improve() {
        nameMenus();
        namePagers();
        link();
    }

    jQuery(improve);
    jQuery(document).on('pfAjaxComplete', improve);
})();
