// Draws RGB frames (byte[] from .NET arrives as a Uint8Array) onto canvases at their native size;
// CSS upscales them with image-rendering: pixelated. .NET awaits each call, so a frame that arrives
// while one is still drawing is dropped on the server side (its subscription keeps only the newest).
window.workbench = {
    draw: function (canvas, rgb, size) {
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
    },
    drawFrame: function (model, modelRgb, modelSize, truth, truthRgb, error, errorRgb, size) {
        return new Promise(resolve => requestAnimationFrame(() => {
            window.workbench.draw(model, modelRgb, modelSize);
            if (truthRgb && truthRgb.length) { window.workbench.draw(truth, truthRgb, size); }
            if (errorRgb && errorRgb.length) { window.workbench.draw(error, errorRgb, size); }
            resolve(true);
        }));
    },
    focus: function (element) { if (element) { element.focus(); } }
};
