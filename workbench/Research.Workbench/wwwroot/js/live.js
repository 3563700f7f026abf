// The Live page's browser side.
// Drawing: RGB frames (byte[] from .NET arrives as a Uint8Array) go onto canvases at their native size, at the browser's
// next animation frame; CSS upscales them with image-rendering: pixelated. .NET awaits each hand-over, so at most one
// frame is on the wire (the server's subscription keeps only the newest meanwhile), and a frame still waiting for its
// animation frame when a newer one arrives is dropped here.
// Input to canvas: each steering key press is timestamped here (performance.now()), sent to .NET, which answers with
// the input's sequence number; each frame says the highest input sequence number it carries (LastInputSeq), so the
// first frame drawn at or past a press's number gives key-to-canvas time. Readings go to .NET about once a second.
window.workbench = (function () {
    const steering = new Set(["KeyW", "KeyA", "KeyS", "KeyD", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "ShiftLeft", "ShiftRight"]);
    const maxBatch = 200;        // BrowserLatencyLog.MaxBatch: a report stays far below SignalR's 32 KB limit.
    const maxPendingMs = 60000;  // BrowserLatencyLog.MaxMs: a press never drawn by then is forgotten.
    let live = null;             // The attached page: one Live page per tab.

    // Everything a test or benchmark reads: frames drawn, when the first was drawn, every key-to-canvas reading.
    const stats = { drawn: 0, firstDrawnAt: null, lastDrawnAt: null, latencies: [], keysAccepted: 0 };

    function draw(canvas, rgb, size) {
        if (!canvas || !rgb || rgb.length !== size * size * 3) { return false; }
        if (canvas.width !== size) { canvas.width = size; canvas.height = size; }
        const ctx = canvas.getContext("2d");
        const image = ctx.createImageData(size, size);
        const px = image.data;
        for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
            px[j] = rgb[i]; px[j + 1] = rgb[i + 1]; px[j + 2] = rgb[i + 2]; px[j + 3] = 255;
        }
        ctx.putImageData(image, 0, 0);
        return true;
    }

    function record(press, drawnAt) {
        const ms = drawnAt - press.t;
        stats.latencies.push(ms);
        if (live) { live.readings.push({ seq: press.seq, ms: ms }); }
    }

    // A frame carrying inputs up to lastInputSeq was drawn at drawnAt: settle the presses it carries.
    function drawn(lastInputSeq, drawnAt) {
        if (!live) { return; }
        live.history.push({ seq: lastInputSeq, at: drawnAt });
        if (live.history.length > 64) { live.history.shift(); }
        live.pending = live.pending.filter(press => {
            if (press.seq !== null && press.seq <= lastInputSeq) { record(press, drawnAt); return false; }
            return drawnAt - press.t < maxPendingMs;
        });
    }

    // .NET answered a press with its sequence number; a frame carrying it may already be on screen.
    function numbered(press, seq) {
        if (seq < 0) { live.pending = live.pending.filter(p => p !== press); return; }
        press.seq = seq;
        stats.keysAccepted++;
        const shown = live.history.find(h => h.seq >= seq && h.at >= press.t);
        if (shown) { live.pending = live.pending.filter(p => p !== press); record(press, shown.at); }
    }

    let waiting = null;          // The newest frame not drawn yet.

    function paint() {
        const f = waiting;
        waiting = null;
        if (!f) { return; }
        draw(f.model, f.modelRgb, f.modelSize);
        if (f.truthRgb && f.truthRgb.length) { draw(f.truth, f.truthRgb, f.size); }
        if (f.errorRgb && f.errorRgb.length) { draw(f.error, f.errorRgb, f.size); }
        const at = performance.now();
        stats.drawn++;
        stats.firstDrawnAt = stats.firstDrawnAt ?? at;
        stats.lastDrawnAt = at;
        drawn(f.lastInputSeq, at);
    }

    function report() {
        if (!live) { return; }
        // Sent every second even without readings: the frames drawn count is the page's drawn fps.
        const batch = live.readings.splice(0, maxBatch);
        live.dotnet.invokeMethodAsync("ReportLatency", batch, stats.drawn).catch(() => { });
    }

    return {
        stats: stats,
        draw: draw,
        // Answers as soon as the frame is taken, so the next can be on its way while this one waits for the browser's
        // paint; a frame still waiting when a newer one comes is replaced (dropped) without being drawn.
        drawFrame: function (model, modelRgb, modelSize, truth, truthRgb, error, errorRgb, size, lastInputSeq) {
            const first = waiting === null;
            waiting = { model, modelRgb, modelSize, truth, truthRgb, error, errorRgb, size, lastInputSeq };
            if (first) { requestAnimationFrame(paint); }
            return true;
        },
        // Takes over the stage's keyboard: presses are timestamped here, then steered by .NET (KeyDown/KeyUp/Blur).
        attach: function (stage, dotnet) {
            if (!stage) { return; }
            if (live) { window.workbench.detach(); }
            const state = { stage: stage, dotnet: dotnet, pending: [], history: [], readings: [] };
            state.keydown = e => {
                if (e.code === "Tab") { return; }
                e.preventDefault();
                if (e.repeat || !steering.has(e.code)) { return; }
                const press = { t: performance.now(), seq: null };
                state.pending.push(press);
                dotnet.invokeMethodAsync("KeyDown", e.code).then(seq => numbered(press, seq)).catch(() => { });
            };
            state.keyup = e => {
                if (e.code === "Tab") { return; }
                e.preventDefault();
                if (steering.has(e.code)) { dotnet.invokeMethodAsync("KeyUp", e.code).catch(() => { }); }
            };
            state.blur = () => dotnet.invokeMethodAsync("Blur").catch(() => { });
            stage.addEventListener("keydown", state.keydown);
            stage.addEventListener("keyup", state.keyup);
            stage.addEventListener("blur", state.blur);
            state.timer = setInterval(report, 1000);
            live = state;
            stage.focus();
        },
        detach: function () {
            if (!live) { return; }
            report();
            clearInterval(live.timer);
            live.stage.removeEventListener("keydown", live.keydown);
            live.stage.removeEventListener("keyup", live.keyup);
            live.stage.removeEventListener("blur", live.blur);
            live = null;
        },
        open: function (url) { return window.open(url, "_blank") !== null; },
        focus: function (element) { if (element) { element.focus(); } }
    };
})();
