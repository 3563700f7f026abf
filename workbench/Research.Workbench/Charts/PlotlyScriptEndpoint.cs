using Microsoft.Net.Http.Headers;
using Research.Engine.Reports;

// The root namespace, as the other endpoints: the app maps them all from Program.cs.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /js/plotly.min.js</c>: the plotly.js bundle that Plotly.NET embeds, so the app's charts (and the figures
/// <see cref="PlotlyFigures"/> writes for it) need no CDN and always match the plotly.js version they were written for.
/// </summary>
public static class PlotlyScriptEndpoint
{
    /// <summary>The path pages load plotly.js from.</summary>
    public const string Path = "/js/plotly.min.js";

    /// <summary>Adds the plotly.js endpoint to <paramref name="app"/>; browsers cache it for a day, keyed by version.</summary>
    public static IEndpointRouteBuilder MapPlotlyScript(this IEndpointRouteBuilder app)
    {
        var etag = new EntityTagHeaderValue($"\"plotly-{PlotlyJs.Version}\"");
        app.MapGet(Path, () => Results.Text(PlotlyJs.Script, "text/javascript; charset=utf-8"))
            .AddEndpointFilter(async (context, next) =>
            {
                var headers = context.HttpContext.Response.GetTypedHeaders();
                headers.ETag = etag;
                headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(1) };
                return await next(context);
            });
        return app;
    }
}
