/*
 * PrimeFaces draws a date picker's calendar button with the words "ui-button" as its name, which a screen reader reads
 * out and which is English on every page. This gives each such button the page's own words ("Choose a date"), when
 * the page loads and after every AJAX update that may have drawn new ones.
 */
(function () {
    var texts = document.getElementById('dateTexts');
    if (!texts || !window.jQuery) {
        return;
    }
    var name = texts.getAttribute('data-choose');

    function relabel() {
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            var label = button.querySelector('.ui-button-text');
            if (label && label.textContent !== name) {
                label.textContent = name;
            }
            button.setAttribute('aria-label', name);
        });
    }

    jQuery(relabel);
    jQuery(document).on('pfAjaxComplete', relabel);
})();
