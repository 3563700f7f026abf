// Draws figure JSON written by PlotlyFigures.ToFigureJson with the plotly.js the app serves (/js/plotly.min.js).
// Plotly.react updates an existing plot in place, so charts refreshed a few times per second do not flicker.
window.workbenchCharts = {
    // Redraws and the main-thread time they took (ms): the Live page's charts share the thread with its canvas.
    stats: { plots: 0, ms: 0 },
    plot: function (element, figureJson) {
        if (!element || !window.Plotly) { return false; }
        const started = performance.now();
        const figure = JSON.parse(figureJson);
        const layout = Object.assign({ margin: { l: 56, r: 16, t: 40, b: 44 }, autosize: true }, figure.layout || {});
        window.Plotly.react(element, figure.data || [], layout, { responsive: true, displaylogo: false });
        element.dataset.traces = String((figure.data || []).length);
        window.workbenchCharts.stats.plots++;
        window.workbenchCharts.stats.ms += performance.now() - started;
        return true;
    },
    purge: function (element) { if (element && window.Plotly) { window.Plotly.purge(element); } }
};
