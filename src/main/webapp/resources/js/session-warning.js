/*
 * Warns a signed-in person one minute before their session ends for inactivity, and lets them stay signed in.
 * The timer restarts with every page load and every AJAX response (which is when the server last saw them);
 * when time is up the page goes to the sign-in page, so no clinical data stays on an unattended screen.
 */
(function () {
    var settings = document.getElementById('sessionSettings');
    if (!settings || !window.PF) {
        return;
    }
    var idleMillis = parseInt(settings.getAttribute('data-idle-seconds'), 10) * 1000;
    var endedUrl = settings.getAttribute('data-ended-url');
    var warningMillis = Math.max(idleMillis - 60000, idleMillis / 2);
    var warning = null;
    var ending = null;

    function restart() {
        window.clearTimeout(warning);
        window.clearTimeout(ending);
        var dialog = PF('sessionWarning');
        if (dialog && dialog.isVisible()) {
            dialog.hide();
        }
        warning = window.setTimeout(function () {
            PF('sessionWarning').show();
        }, warningMillis);
        ending = window.setTimeout(function () {
            window.location.href = endedUrl;
        }, idleMillis + 5000); // a little after the server has ended it, so this visit does not keep it alive
    }

    $(document).on('pfAjaxComplete', restart);
    $(restart);
})();
