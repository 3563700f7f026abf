// Draws figure JSON written by PlotlyFigures.ToFigureJson with the plotly.js the app serves (/js/plotly.min.js).
// Plotly.react updates an existing plot in place, so charts refreshed a few times per second do not flicker.
// The cursor (the step slider's frame) is a layout shape moved with Plotly.relayout: moving the slider sends one
// number, not the whole figure again.
window.workbenchCharts = {
    cursorShape: function (x) {
        return { type: 'line', name: 'cursor', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color: '#d62728', width: 2 } };
    },
    plot: function (element, figureJson, cursor) {
        if (!element || !window.Plotly) { return false; }
        const figure = JSON.parse(figureJson);
        const layout = Object.assign({ margin: { l: 56, r: 16, t: 40, b: 44 }, autosize: true }, figure.layout || {});
        if (cursor !== null && cursor !== undefined) {
            layout.shapes = (layout.shapes || []).concat([window.workbenchCharts.cursorShape(cursor)]);
            element.dataset.cursor = String(cursor);
        }
        window.Plotly.react(element, figure.data || [], layout, { responsive: true, displaylogo: false });
        element.dataset.traces = String((figure.data || []).length);
        return true;
    },
    cursor: function (element, x) {
        if (!element || !window.Plotly || !element.layout) { return false; }
        const shapes = (element.layout.shapes || []).filter(function (s) { return s.name !== 'cursor'; });
        if (x !== null && x !== undefined) { shapes.push(window.workbenchCharts.cursorShape(x)); }
        window.Plotly.relayout(element, { shapes: shapes });
        element.dataset.cursor = x === null || x === undefined ? '' : String(x);
        return true;
    },
    purge: function (element) { if (element && window.Plotly) { window.Plotly.purge(element); } }
};
