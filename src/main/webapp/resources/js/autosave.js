/*
 * Saves the answer draft when the partner leaves or hides the page (switching apps on a phone, closing the tab),
 * on top of the server-side save every few seconds, so a closed browser loses at most a few seconds of typing.
 */
(function () {
    function saveNow() {
        if (typeof window.rbSaveDraftNow === 'function') {
            window.rbSaveDraftNow();
        }
    }
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            saveNow();
        }
    });
    window.addEventListener('pagehide', saveNow);
})();
