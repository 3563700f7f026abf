// Draws figure JSON written by PlotlyFigures.ToFigureJson with the plotly.js the app serves (/js/plotly.min.js).
// Plotly.react updates an existing plot in place, so charts refreshed a few times per second do not flicker.
// plotly.js (about 3.6 MB) is loaded on the first chart, not with the page: parsing it up front delayed every page's
// first interaction (the Live page's first frame) on a slow machine; a page without charts never loads it.
// The cursor (the step slider's frame) is a layout shape moved with Plotly.relayout: moving the slider sends one
// number, not the whole figure again.
window.workbenchCharts = (function () {
    let loading = null;

    function plotly() {
        if (window.Plotly) { return Promise.resolve(window.Plotly); }
        if (!loading) {
            loading = new Promise((resolve, reject) => {
                const script = document.createElement("script");
                script.src = "js/plotly.min.js";
                script.onload = () => resolve(window.Plotly);
                script.onerror = () => { loading = null; reject(new Error("could not load js/plotly.min.js")); };
                document.head.appendChild(script);
            });
        }
        return loading;
    }

    function cursorShape(x) {
        return { type: "line", name: "cursor", xref: "x", yref: "paper", x0: x, x1: x, y0: 0, y1: 1, line: { color: "#d62728", width: 2 } };
    }

    const stats = { plots: 0, ms: 0 };
    return {
        // Redraws and the main-thread time they took (ms): the Live page's charts share the thread with its canvas.
        stats: stats,
        load: plotly,
        plot: async function (element, figureJson, cursor, staticPlot) {
            if (!element) { return false; }
            const Plotly = await plotly();
            const started = performance.now();
            const figure = JSON.parse(figureJson);
            const layout = Object.assign({ margin: { l: 56, r: 16, t: 40, b: 44 }, autosize: true }, figure.layout || {});
            if (cursor !== null && cursor !== undefined) {
                layout.shapes = (layout.shapes || []).concat([cursorShape(cursor)]);
                element.dataset.cursor = String(cursor);
            }
            await Plotly.react(element, figure.data || [], layout, { responsive: true, displaylogo: false, staticPlot: !!staticPlot });
            element.dataset.traces = String((figure.data || []).length);
            stats.plots++;
            stats.ms += performance.now() - started;
            return true;
        },
        cursor: function (element, x) {
            if (!element || !window.Plotly || !element.layout) { return false; }
            const shapes = (element.layout.shapes || []).filter(function (s) { return s.name !== "cursor"; });
            if (x !== null && x !== undefined) { shapes.push(cursorShape(x)); }
            window.Plotly.relayout(element, { shapes: shapes });
            element.dataset.cursor = x === null || x === undefined ? "" : String(x);
            return true;
        },
        purge: function (element) { if (element && window.Plotly) { window.Plotly.purge(element); } }
    };
})();
