/*
 * Draws the review page's check-in charts. Each canvas carries its Chart.js configuration as JSON in its data-chart
 * attribute, escaped like any attribute, so partner names never become text inside a script element (where a name
 * holding "</script>" would end the script and be read as markup).
 */
(function () {
    function draw() {
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (window.Chart && !window.Chart.getChart(canvas)) {
                new window.Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
