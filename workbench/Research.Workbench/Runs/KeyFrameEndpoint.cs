using System.Globalization;
using Research.Engine.Imaging;
using Research.Engine.RunViews;
using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /runs/{id}/keyframes/{frame}.png?panel=model|truth|error</c>: the run's key frame nearest at or before
/// <c>frame</c> (header <c>X-Key-Frame</c> says which), the whole model | truth | error strip or one panel of it.
/// </summary>
/// <remarks>
/// Unknown run: 404. Frame not a whole number from 0 to the run's last frame, or an unknown panel: 400. No key frame at
/// or before the frame: 404. Key frames never change once written, so responses may be cached briefly.
/// </remarks>
public static class KeyFrameEndpoint
{
    /// <summary>The route pattern.</summary>
    public const string Pattern = "/runs/{id}/keyframes/{frame}.png";

    /// <summary>The URL of <paramref name="panel"/> (or the whole strip) of the key frame at or before <paramref name="frame"/>.</summary>
    public static string Url(string runId, int frame, KeyFramePanel? panel = null) =>
        string.Create(CultureInfo.InvariantCulture, $"/runs/{Uri.EscapeDataString(runId)}/keyframes/{frame}.png")
        + (panel is { } p ? "?panel=" + p.ToString().ToLowerInvariant() : "");

    /// <summary>Adds the key frame endpoint to <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapKeyFrames(this IEndpointRouteBuilder app)
    {
        app.MapGet(Pattern, (string id, string frame, string? panel, IRunStore store, HttpContext http) =>
        {
            if (store.GetRun(id) is not { } run)
            {
                return Results.NotFound($"There is no run '{id}'.");
            }
            if (!int.TryParse(frame, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > run.LastFrame)
            {
                return Results.BadRequest($"The frame must be a whole number from 0 to {Math.Max(run.LastFrame, 0)} for run '{run.Id}'.");
            }
            KeyFramePanel? part = null;
            if (!string.IsNullOrEmpty(panel))
            {
                if (!Enum.TryParse<KeyFramePanel>(panel, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(panel[0]))
                {
                    return Results.BadRequest($"Unknown panel '{panel}'; expected model, truth or error.");
                }
                part = parsed;
            }
            if (KeyFrames.AtOrBefore(store.ListKeyFrames(run.Id), number) is not { } keyFrame || store.ReadKeyFrame(run.Id, keyFrame) is not { } png)
            {
                return Results.NotFound($"Run '{run.Id}' has no key frame at or before frame {number}.");
            }
            byte[] body;
            try
            {
                body = part is { } p ? KeyFramePanels.Crop(png, p) : png;
            }
            catch (Exception e) when (e is PngFormatException or ArgumentException)
            {
                return Results.Problem($"Key frame {keyFrame} of run '{run.Id}' cannot be read: {e.Message}", statusCode: StatusCodes.Status500InternalServerError);
            }
            http.Response.Headers["X-Key-Frame"] = keyFrame.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Bytes(body, "image/png");
        });
        return app;
    }
}
